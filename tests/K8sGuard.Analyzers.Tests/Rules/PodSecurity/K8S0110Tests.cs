using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0110: an Unconfined seccomp profile on the pod or a container, and the fix to RuntimeDefault.</summary>
public sealed class K8S0110Tests
{
    private static readonly RuleVerifier V = new(K8S0110UnconfinedSeccompProfile.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task Unconfined_IsReported_OnPodAndContainer() => V.AnalyzerAsync(Usings + """
        class C
        {
            const string Unconfined = "Unconfined";
            V1PodSpec M() => new V1PodSpec
            {
                SecurityContext = new() { SeccompProfile = new() { {|#0:Type = "Unconfined"|} } },
                InitContainers = [new V1Container { Name = "init", SecurityContext = new() { SeccompProfile = new V1SeccompProfile { {|#1:Type = Unconfined|} } } }],
                Containers = [new V1Container { Name = "app", SecurityContext = new() { SeccompProfile = new() { Type = "RuntimeDefault" } } }],
            };

            V1SeccompProfile Localhost() => new() { Type = "Localhost", LocalhostProfile = "profiles/audit.json" };
            V1SeccompProfile Configured(string type) => new() { Type = type };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec"),
        V.Diagnostic().WithLocation(1).WithArguments("Init container 'init'"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1SeccompProfile M() => new V1SeccompProfile({|#0:"Unconfined"|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Security context")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                SecurityContextArgs M() => new SecurityContextArgs { SeccompProfile = new SeccompProfileArgs { {|#0:Type = "Unconfined"|} } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container")));

    [Fact]
    public Task Fix_UsesRuntimeDefault() => V.CodeFixAsync(Usings + """
        class C
        {
            V1SeccompProfile M() => new() { [|Type = "Unconfined"|] };
            V1SeccompProfile Later()
            {
                var profile = new V1SeccompProfile { Type = "RuntimeDefault" };
                [|profile.Type = "Unconfined"|];
                return profile;
            }
        }
        """, Usings + """
        class C
        {
            V1SeccompProfile M() => new() { Type = "RuntimeDefault" };
            V1SeccompProfile Later()
            {
                var profile = new V1SeccompProfile { Type = "RuntimeDefault" };
                profile.Type = "RuntimeDefault";
                return profile;
            }
        }
        """, Model.RecordEra, "K8S0110.RuntimeDefault");
}
