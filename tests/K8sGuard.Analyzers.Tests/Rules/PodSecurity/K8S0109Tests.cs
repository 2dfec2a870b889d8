using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0109: an Unmasked /proc mount, unless the pod has its own user namespace (1.35+), and the fix.</summary>
public sealed class K8S0109Tests
{
    private static readonly RuleVerifier V = new(K8S0109ProcMount.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task Unmasked_IsReported_UnlessThePodSetsHostUsersFalse() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Host() => new V1PodSpec { Containers = [new V1Container { Name = "builder", SecurityContext = new() { {|#0:ProcMount = "Unmasked"|} } }] };
            V1PodSpec UserNamespace() => new V1PodSpec { HostUsers = false, Containers = [new V1Container { Name = "builder", SecurityContext = new() { ProcMount = "Unmasked" } }] };
            V1PodSpec UserNamespaceLater()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "builder", SecurityContext = new() { ProcMount = "Unmasked" } }] };
                spec.HostUsers = false;
                return spec;
            }

            V1PodSpec HostUsersTrue() => new V1PodSpec { HostUsers = true, Containers = [new V1Container { SecurityContext = new() { {|#1:ProcMount = "Unmasked"|} } }] };
            V1SecurityContext Default() => new() { ProcMount = "Default" };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'builder'", "Unmasked"),
        V.Diagnostic().WithLocation(1).WithArguments("Container", "Unmasked"));

    [Fact]
    public async Task BeforeKubernetes135_UserNamespacesDoNotExempt()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec UserNamespace() => new V1PodSpec { HostUsers = false, Containers = [new V1Container { SecurityContext = new() { {|#0:ProcMount = "Unmasked"|} } }] };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.K8S0109.kubernetes_version = v1.34\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Container", "Unmasked"));
        await test.RunAsync();
    }

    [Fact]
    public Task RestrictedProfile_HasNoUserNamespaceExemption()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec UserNamespace() => new V1PodSpec { HostUsers = false, Containers = [new V1Container { SecurityContext = new() { {|#0:ProcMount = "Unmasked"|} } }] };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nk8sguard.pod_security.profile = restricted\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Container", "Unmasked"));
        return test.RunAsync();
    }

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1SecurityContext M() => new V1SecurityContext({|#0:procMount: "Unmasked"|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "Unmasked")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSpecArgs M() => new PodSpecArgs { Containers = { new ContainerArgs { Name = "b", SecurityContext = new SecurityContextArgs { {|#0:ProcMount = "Unmasked"|} } } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container 'b'", "Unmasked")));

    [Fact]
    public Task Fix_UsesDefault() => V.CodeFixAsync(Usings + """
        class C
        {
            V1SecurityContext M() => new() { [|ProcMount = "Unmasked"|] };
        }
        """, Usings + """
        class C
        {
            V1SecurityContext M() => new() { ProcMount = "Default" };
        }
        """, Model.RecordEra, "K8S0109.SetDefault");
}
