using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0112: probes and lifecycle hooks sent to another host (Kubernetes 1.34+); no automatic fix.</summary>
public sealed class K8S0112Tests
{
    private static readonly RuleVerifier V = new(K8S0112HostInProbe.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task HostInProbesAndHooks_IsReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Container M() => new V1Container
            {
                Name = "app",
                LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { {|#0:Host = "169.254.169.254"|}, Path = "/latest/meta-data", Port = 80 } },
                ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { {|#1:Host = "10.0.0.1"|}, Port = 5432 } },
                StartupProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Host = "", Path = "/healthz", Port = 8080 } },
                Lifecycle = new V1Lifecycle { PreStop = new V1LifecycleHandler { HttpGet = new V1HTTPGetAction { {|#2:Host = "drain.internal"|}, Port = 80 } } },
            };

            V1HTTPGetAction Configured(string host) => new() { Host = host, Port = 80 };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'app'", "169.254.169.254"),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'app'", "10.0.0.1"),
        V.Diagnostic().WithLocation(2).WithArguments("Container 'app'", "drain.internal"));

    [Fact]
    public async Task BeforeKubernetes134_IsNotReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1HTTPGetAction M() => new() { Host = "10.0.0.1", Port = 80 };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.kubernetes_version = 1.33\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1Probe M() => new V1Probe(httpGet: new V1HTTPGetAction(8080, {|#0:"10.1.2.3"|}));
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "10.1.2.3")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                ContainerArgs M() => new ContainerArgs { Name = "api", LivenessProbe = new ProbeArgs { TcpSocket = new TCPSocketActionArgs { {|#0:Host = "db"|}, Port = 5432 } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container 'api'", "db")));
}
