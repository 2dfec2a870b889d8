using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>"Harden this pod": every restricted fix of one pod (K8S0202, K8S0203, K8S0205, K8S0206) in one edit.</summary>
public sealed class HardenPodFixTests
{
    private static readonly RuleVerifier V = new(K8S0203RunAsNonRoot.Id);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task HardenThisPod_FixesThePodAndEveryContainer_InOneEdit()
    {
        var test = V.CreateCodeFixTest(Usings + """
            class C
            {
                V1PodSpec Web() => new {|#0:V1PodSpec|}
                {
                    AutomountServiceAccountToken = false,
                    InitContainers = [new {|#1:V1Container|} { Name = "setup", SecurityContext = new() { AllowPrivilegeEscalation = false } }],
                    Containers = [new {|#2:V1Container|} { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"] } } }],
                };
            }
            """, Usings + """
            class C
            {
                V1PodSpec Web() => new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    InitContainers = [new V1Container { Name = "setup", SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } } } }],
                    Containers = [new V1Container { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"] }, AllowPrivilegeEscalation = false } }],
                    SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                };
            }
            """,
            equivalenceKey: EquivalenceKeys.HardenPod);
        test.ExpectedDiagnostics.AddRange(new[]
        {
            V.Diagnostic(K8S0203RunAsNonRoot.Rule).WithLocation(0).WithArguments("Pod spec", "init container 'setup' and container 'app'"),
            V.Diagnostic(K8S0205SeccompProfileUnset.Rule).WithLocation(0).WithArguments("Pod spec", "init container 'setup' and container 'app'"),
            V.Diagnostic(K8S0206CapabilitiesNotDropped.Rule).WithLocation(1).WithArguments("Init container 'setup'", ""),
            V.Diagnostic(K8S0202PrivilegeEscalation.Rule).WithLocation(2).WithArguments("Container 'app'", ""),
        });
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        return test.RunAsync();
    }
}
