using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0101: a Windows HostProcess container or pod, and its fix.</summary>
public sealed class K8S0101Tests
{
    private static readonly RuleVerifier V = new(K8S0101HostProcess.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task PodAndContainer_AreReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                SecurityContext = new V1PodSecurityContext { WindowsOptions = new() { {|#0:HostProcess = true|} } },
                Containers = [new V1Container { Name = "win", SecurityContext = new() { WindowsOptions = new V1WindowsSecurityContextOptions { {|#1:HostProcess = true|} } } }],
            };

            V1WindowsSecurityContextOptions Off() => new() { HostProcess = false, RunAsUserName = "ContainerUser" };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec"),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'win'"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1WindowsSecurityContextOptions M() => new V1WindowsSecurityContextOptions(null, null, {|#0:true|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Security context")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSecurityContextArgs M() => new() { WindowsOptions = new WindowsSecurityContextOptionsArgs { {|#0:HostProcess = true|} } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec")));

    [Fact]
    public Task Fix_SetsFalse() => V.CodeFixAsync(Usings + """
        class C
        {
            V1WindowsSecurityContextOptions M() => new() { [|HostProcess = true|], RunAsUserName = "NT AUTHORITY\\SYSTEM" };
        }
        """, Usings + """
        class C
        {
            V1WindowsSecurityContextOptions M() => new() { HostProcess = false, RunAsUserName = "NT AUTHORITY\\SYSTEM" };
        }
        """, Model.RecordEra, "K8S0101.SetFalse");
}
