using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0108: SELinux types outside the container types, and any user or role; no automatic fix.</summary>
public sealed class K8S0108Tests
{
    private static readonly RuleVerifier V = new(K8S0108SeLinuxOptions.Id, onlyThisRule: true);

    private const string Usings = """
        using k8s.Models;

        """;

    [Fact]
    public Task CustomTypeUserAndRole_AreReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1SELinuxOptions Super() => new() { {|#0:Type = "spc_t"|}, {|#1:User = "system_u"|}, {|#2:Role = "system_r"|}, Level = "s0:c123,c456" };
            V1SELinuxOptions Allowed() => new() { Type = "container_t" };
            V1SELinuxOptions Init() => new() { Type = "container_init_t", User = "", Role = null };
            V1SELinuxOptions Kvm() => new() { Type = "container_kvm_t" };
            V1SELinuxOptions Engine() => new() { Type = "container_engine_t" };
            V1SELinuxOptions Configured(string type) => new() { Type = type };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Security context", "type", "spc_t"),
        V.Diagnostic().WithLocation(1).WithArguments("Security context", "user", "system_u"),
        V.Diagnostic().WithLocation(2).WithArguments("Security context", "role", "system_r"));

    [Fact]
    public async Task ContainerEngineType_IsAllowedFromKubernetes131()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1SELinuxOptions Engine() => new() { {|#0:Type = "container_engine_t"|} };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.kubernetes_version = 1.30\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Security context", "type", "container_engine_t"));
        await test.RunAsync();
    }

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1SecurityContext M() => new V1SecurityContext(seLinuxOptions: new V1SELinuxOptions({|#0:type: "unconfined_t"|}));
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "type", "unconfined_t")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSecurityContextArgs M() => new() { SeLinuxOptions = new SELinuxOptionsArgs { {|#0:User = "sysadm_u"|} } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "user", "sysadm_u")));

    [Fact]
    public Task NoFixIsOffered() => V.CodeFixAsync(Usings + """
        class C
        {
            V1SELinuxOptions M() => new() { [|Type = "spc_t"|] };
        }
        """, Usings + """
        class C
        {
            V1SELinuxOptions M() => new() { [|Type = "spc_t"|] };
        }
        """);
}
