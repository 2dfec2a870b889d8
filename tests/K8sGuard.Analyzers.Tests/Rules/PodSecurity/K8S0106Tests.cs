using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0106: a container port bound on the node, and the fix that unsets it.</summary>
public sealed class K8S0106Tests
{
    private static readonly RuleVerifier V = new(K8S0106HostPort.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task NonZeroConstant_IsReported_ZeroAndUnknownAreNot() => V.AnalyzerAsync(Usings + """
        class C
        {
            const int Http = 80;
            V1Container M(int port) => new V1Container
            {
                Name = "ingress",
                Ports =
                [
                    new V1ContainerPort { ContainerPort = 8080, {|#0:HostPort = 8080|} },
                    new V1ContainerPort { ContainerPort = 80, {|#1:HostPort = Http|} },
                    new V1ContainerPort { ContainerPort = 9090, HostPort = 0 },
                    new V1ContainerPort { ContainerPort = 9091, HostPort = port },
                    new V1ContainerPort { ContainerPort = 9092 },
                ],
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'ingress'", 8080),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'ingress'", 80));

    [Fact]
    public Task OverwrittenLater_IsNotReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1ContainerPort M()
            {
                var port = new V1ContainerPort { ContainerPort = 9090, HostPort = 9090 };
                port.HostPort = null;
                return port;
            }
        }
        """);

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1ContainerPort Named() => new V1ContainerPort(53, {|#0:hostPort: 53|});
                V1ContainerPort Positional() => new V1ContainerPort(53, null, {|#1:5353|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container", 53),
            V.Diagnostic().WithLocation(1).WithArguments("Container", 5353)),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                ContainerArgs M() => new ContainerArgs { Name = "dns", Ports = { new ContainerPortArgs { ContainerPortValue = 53, {|#0:HostPort = 53|} } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container 'dns'", 53)));

    [Fact]
    public Task Fix_RemovesTheMember_OrWritesNull() => V.CodeFixAsync(Usings + """
        class C
        {
            V1ContainerPort M()
            {
                var port = new V1ContainerPort { ContainerPort = 8080, [|HostPort = 8080|], Name = "http" };
                var last = new V1ContainerPort
                {
                    ContainerPort = 9090,
                    [|HostPort = 9090|],
                };
                var other = new V1ContainerPort { ContainerPort = 9091 };
                [|other.HostPort = 9091|];
                return port;
            }
        }
        """, Usings + """
        class C
        {
            V1ContainerPort M()
            {
                var port = new V1ContainerPort { ContainerPort = 8080, Name = "http" };
                var last = new V1ContainerPort
                {
                    ContainerPort = 9090,
                };
                var other = new V1ContainerPort { ContainerPort = 9091 };
                other.HostPort = null;
                return port;
            }
        }
        """, Model.RecordEra, "K8S0106.RemoveHostPort");

    [Fact]
    public Task Fix_ClassEra_WritesNull() => V.CodeFixAsync(Usings + """
        class C
        {
            V1ContainerPort M() => new V1ContainerPort(53, [|hostPort: 53|]);
        }
        """, Usings + """
        class C
        {
            V1ContainerPort M() => new V1ContainerPort(53, hostPort: null);
        }
        """, Model.ClassEra, "K8S0106.RemoveHostPort");
}
