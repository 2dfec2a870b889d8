using System.Collections.Generic;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>
/// Every cell of the semantics table in docs/rules/K8S0001.md: pod value × ServiceAccount value × account name
/// (given or default) × namespaces. The ServiceAccount lives in another file of the project, as it usually does.
/// Expected results are computed from Kubernetes' rule, written out once in <see cref="Expect"/>.
/// </summary>
public sealed class ServiceAccountSemanticsMatrixTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    public enum PodValue { Unset, False, True }

    public enum AccountValue { Absent, Unset, False, True }

    public enum AccountName { Given, Default }

    public enum Namespaces { Equal, Different, PodUnknown, AccountUnknown }

    public static IEnumerable<object[]> Cells()
    {
        foreach (var pod in new[] { PodValue.Unset, PodValue.False, PodValue.True })
        {
            foreach (var account in new[] { AccountValue.Absent, AccountValue.Unset, AccountValue.False, AccountValue.True })
            {
                foreach (var name in new[] { AccountName.Given, AccountName.Default })
                {
                    foreach (var namespaces in new[] { Namespaces.Equal, Namespaces.Different, Namespaces.PodUnknown, Namespaces.AccountUnknown })
                    {
                        yield return new object[] { pod, account, name, namespaces };
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(PodValue pod, AccountValue account, AccountName name, Namespaces namespaces)
    {
        var accountName = name == AccountName.Given ? "builder" : "default";
        var podNamespace = namespaces == Namespaces.PodUnknown ? "" : ", NamespaceProperty = \"ci\"";
        var accountNamespace = namespaces switch
        {
            Namespaces.AccountUnknown => "",
            Namespaces.Different => ", NamespaceProperty = \"prod\"",
            _ => ", NamespaceProperty = \"ci\"",
        };
        var podMembers = (name == AccountName.Given ? "ServiceAccountName = \"builder\", " : "")
            + pod switch { PodValue.False => "AutomountServiceAccountToken = false, ", PodValue.True => "AutomountServiceAccountToken = true, ", _ => "" };
        var accountAutomount = account switch { AccountValue.False => ", AutomountServiceAccountToken = false", AccountValue.True => ", AutomountServiceAccountToken = true", _ => "" };

        var test = V.CreateAnalyzerTest($$"""
            using k8s.Models;

            class Workloads
            {
                V1Deployment Builder() => new V1Deployment
                {
                    Metadata = new V1ObjectMeta { Name = "builder-app"{{podNamespace}} },
                    Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new {|#0:V1PodSpec|} { {{podMembers}}Containers = [] } } },
                };
            }
            """);
        if (account != AccountValue.Absent)
        {
            test.TestState.Sources.Add(("Accounts.cs", $$"""
                using k8s.Models;

                class Accounts
                {
                    V1ServiceAccount Account() => new {|#1:V1ServiceAccount|} { Metadata = new V1ObjectMeta { Name = "{{accountName}}"{{accountNamespace}} }{{accountAutomount}} };
                }
                """));
        }

        test.ExpectedDiagnostics.AddRange(Expect(pod, account, name, namespaces, accountName));
        await test.RunAsync();
    }

    // Kubernetes: the pod's value wins; unset, the account's applies if it is the account the pod runs as
    // (same name, same namespace, or a namespace K8sGuard cannot see).
    private static IEnumerable<DiagnosticResult> Expect(PodValue pod, AccountValue account, AccountName name, Namespaces namespaces, string accountName)
    {
        var sameAccount = account != AccountValue.Absent && namespaces != Namespaces.Different;
        if (pod == PodValue.Unset && !(sameAccount && account == AccountValue.False))
        {
            yield return V.Diagnostic("K8S0001").WithLocation(0).WithArguments("Pod spec of Deployment 'builder-app'");
        }

        if (pod == PodValue.True && name == AccountName.Default)
        {
            yield return V.Diagnostic("K8S0003").WithLocation(0).WithArguments("Pod spec of Deployment 'builder-app'");
        }

        if (account == AccountValue.Unset)
        {
            yield return V.Diagnostic("K8S0002").WithLocation(1).WithArguments($"ServiceAccount '{accountName}'");
        }
    }
}
