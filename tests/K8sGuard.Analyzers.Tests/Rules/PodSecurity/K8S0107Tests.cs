using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0107: AppArmor profiles other than RuntimeDefault or Localhost, by field or pod annotation, and the fix.</summary>
public sealed class K8S0107Tests
{
    private static readonly RuleVerifier V = new(K8S0107AppArmorProfile.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task ProfileType_IsReported_UnlessRuntimeDefaultOrLocalhost() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                SecurityContext = new() { AppArmorProfile = new() { {|#0:Type = "Unconfined"|} } },
                Containers =
                [
                    new V1Container { Name = "app", SecurityContext = new() { AppArmorProfile = new V1AppArmorProfile { Type = "RuntimeDefault" } } },
                    new V1Container { Name = "audit", SecurityContext = new() { AppArmorProfile = new V1AppArmorProfile { Type = "Localhost", LocalhostProfile = "k8s-audit" } } },
                ],
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "'Unconfined'"));

    [Fact]
    public Task PodAnnotations_AreReported_OnPodsAndTemplatesOnly() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Pod Pod() => new V1Pod
            {
                Metadata = new V1ObjectMeta
                {
                    Name = "legacy",
                    Annotations = new Dictionary<string, string>
                    {
                        ["container.apparmor.security.beta.kubernetes.io/app"] = {|#0:"unconfined"|},
                        ["container.apparmor.security.beta.kubernetes.io/sidecar"] = "runtime/default",
                        ["container.apparmor.security.beta.kubernetes.io/audit"] = "localhost/k8s-audit",
                        ["team"] = "payments",
                    },
                },
            };

            V1PodTemplateSpec Template() => new V1PodTemplateSpec
            {
                Metadata = new() { Annotations = new Dictionary<string, string> { { "container.apparmor.security.beta.kubernetes.io/web", {|#1:"unconfined"|} } } },
            };

            V1Pod Later()
            {
                var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "later", Annotations = new Dictionary<string, string>() } };
                pod.Metadata.Annotations["container.apparmor.security.beta.kubernetes.io/app"] = {|#2:"unconfined"|};
                pod.Metadata.Annotations["container.apparmor.security.beta.kubernetes.io/ok"] = "runtime/default";
                return pod;
            }

            // A Deployment's own annotations never reach its pods.
            V1Deployment Deployment() => new V1Deployment
            {
                Metadata = new() { Annotations = new Dictionary<string, string> { ["container.apparmor.security.beta.kubernetes.io/web"] = "unconfined" } },
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod metadata of Pod 'legacy'", "'unconfined' for container 'app'"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod metadata", "'unconfined' for container 'web'"),
        V.Diagnostic().WithLocation(2).WithArguments("Pod metadata of Pod 'later'", "'unconfined' for container 'app'"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1AppArmorProfile M() => new V1AppArmorProfile({|#0:"Unconfined"|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Security context", "'Unconfined'")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
            class Stack
            {
                SecurityContextArgs M() => new SecurityContextArgs { AppArmorProfile = new AppArmorProfileArgs { {|#0:Type = "Unconfined"|} } };
                PodTemplateSpecArgs T() => new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Annotations = { { "container.apparmor.security.beta.kubernetes.io/app", {|#1:"unconfined"|} } } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "'Unconfined'"),
            V.Diagnostic().WithLocation(1).WithArguments("Pod metadata", "'unconfined' for container 'app'")));

    [Fact]
    public Task Fix_UsesTheRuntimeDefault_InEitherSpelling() => V.CodeFixAsync(Usings + """
        class C
        {
            V1AppArmorProfile M() => new() { [|Type = "Unconfined"|] };
            V1Pod P() => new V1Pod { Metadata = new() { Annotations = new Dictionary<string, string> { ["container.apparmor.security.beta.kubernetes.io/app"] = [|"unconfined"|] } } };
        }
        """, Usings + """
        class C
        {
            V1AppArmorProfile M() => new() { Type = "RuntimeDefault" };
            V1Pod P() => new V1Pod { Metadata = new() { Annotations = new Dictionary<string, string> { ["container.apparmor.security.beta.kubernetes.io/app"] = "runtime/default" } } };
        }
        """, Model.RecordEra, "K8S0107.RuntimeDefault");
}
