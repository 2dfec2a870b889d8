using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>"Harden this pod" on a Pulumi pod: two pod-level and two container-level fixes that insert next to each other.</summary>
public sealed class HardenPodPulumiTests
{
    [Fact]
    public Task HardenThisPod_Pulumi_NestedInsertionsDoNotInterleave()
    {
        var V = new RuleVerifier(K8S0203RunAsNonRoot.Id);
        var test = V.CreateCodeFixTest("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs M() => new {|K8S0203:PodSpecArgs|}
                {
                    AutomountServiceAccountToken = false,
                    Containers = { new {|K8S0202:ContainerArgs|} { Name = "frontend", Image = "nginx:1.27" } },
                };
            }
            """, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs M() => new PodSpecArgs
                {
                    AutomountServiceAccountToken = false,
                    Containers = { new ContainerArgs { Name = "frontend", Image = "nginx:1.27", SecurityContext = new SecurityContextArgs { AllowPrivilegeEscalation = false, Capabilities = new CapabilitiesArgs { Drop = { "ALL" } } } } },
                    SecurityContext = new PodSecurityContextArgs { SeccompProfile = new SeccompProfileArgs { Type = "RuntimeDefault" }, RunAsNonRoot = true },
                };
            }
            """, Model.Pulumi, EquivalenceKeys.HardenPod);
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        test.TestState.ExpectedDiagnostics.Add(V.Diagnostic(K8S0205SeccompProfileUnset.Rule).WithSpan(5, 28, 5, 39).WithArguments("Pod spec", "container 'frontend'"));
        test.TestState.ExpectedDiagnostics.Add(V.Diagnostic(K8S0206CapabilitiesNotDropped.Rule).WithSpan(8, 28, 8, 41).WithArguments("Container 'frontend'", ""));
        return test.RunAsync();
    }
}
