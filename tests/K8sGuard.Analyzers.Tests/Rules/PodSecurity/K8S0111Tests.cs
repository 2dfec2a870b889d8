using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0111: sysctls outside the safe set of the targeted Kubernetes version; no automatic fix.</summary>
public sealed class K8S0111Tests
{
    private static readonly RuleVerifier V = new(K8S0111UnsafeSysctl.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task UnsafeSysctl_IsReported_SafeOnesAreNot() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSecurityContext M() => new V1PodSecurityContext
            {
                Sysctls =
                [
                    new V1Sysctl { {|#0:Name = "kernel.msgmax"|}, Value = "65536" },
                    new V1Sysctl { Name = "net.ipv4.ip_local_port_range", Value = "1024 65000" },
                    new V1Sysctl { Name = "net.ipv4.tcp_keepalive_time", Value = "600" },
                    new V1Sysctl { Name = "net.ipv4.tcp_notsent_lowat", Value = "16384" },
                    new V1Sysctl { {|#1:Name = "vm.overcommit_memory"|}, Value = "1" },
                ],
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "kernel.msgmax", ""),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec", "vm.overcommit_memory", ""));

    [Fact]
    public async Task SafeSetFollowsTheTargetedVersion()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1Sysctl Keepalive() => new() { {|#0:Name = "net.ipv4.tcp_keepalive_time"|}, Value = "600" };
                V1Sysctl Reserved() => new() { Name = "net.ipv4.ip_local_reserved_ports", Value = "8080" };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.pod_security.kubernetes_version = 1.28\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "net.ipv4.tcp_keepalive_time", " before Kubernetes 1.29 (k8sguard.kubernetes_version = 1.28)"));
        await test.RunAsync();
    }

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1Sysctl M() => new V1Sysctl({|#0:"kernel.sem"|}, "250 32000 100 128");
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "kernel.sem", "")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSecurityContextArgs M() => new() { Sysctls = { new SysctlArgs { {|#0:Name = "net.core.somaxconn"|}, Value = "1024" } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "net.core.somaxconn", "")));
}
