using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0003: a pod that mounts the token of its namespace's default service account, and its fix.</summary>
public sealed class K8S0003Tests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodMountsDefaultServiceAccountToken);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.RecordEra, expected);

    private static Task FixAsync(string source, string fixedSource, Model model = Model.RecordEra)
        => V.CodeFixAsync(Usings + source, Usings + fixedSource, model, EquivalenceKeys.DefaultAccountDisableAutomount);

    [Fact]
    public Task TrueWithoutAccountName_IsReported() => VerifyAsync("""
        class C
        {
            V1Deployment M() => new V1Deployment
            {
                Metadata = new() { Name = "api" },
                Spec = new() { Template = new() { Spec = new {|#0:V1PodSpec|} { AutomountServiceAccountToken = true } } },
            };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'api'"));

    [Fact]
    public Task AccountNameLaterResetToDefaultOrNull_IsReported_AConditionalResetIsNot() => VerifyAsync("""
        class C
        {
            V1PodSpec ResetToDefault()
            {
                var spec = new [|V1PodSpec|] { ServiceAccountName = "ci", AutomountServiceAccountToken = true };
                spec.ServiceAccountName = "default";
                return spec;
            }

            V1PodSpec ResetToNull()
            {
                var spec = new [|V1PodSpec|] { ServiceAccountName = "ci", AutomountServiceAccountToken = true };
                spec.ServiceAccountName = null;
                return spec;
            }

            V1PodSpec MaybeReset(bool local)
            {
                var spec = new V1PodSpec { ServiceAccountName = "ci", AutomountServiceAccountToken = true };
                if (local) spec.ServiceAccountName = null;
                return spec;
            }
        }
        """);

    [Fact]
    public Task TrueWithDefaultAccountName_IsReported() => VerifyAsync("""
        class C
        {
            const string Account = "default";
            V1PodSpec Literal() => new [|V1PodSpec|] { ServiceAccountName = "default", AutomountServiceAccountToken = true };
            V1PodSpec Constant() => new [|V1PodSpec|] { ServiceAccountName = Account, AutomountServiceAccountToken = true };
            V1PodSpec Deprecated() => new [|V1PodSpec|] { ServiceAccount = "default", AutomountServiceAccountToken = true };
            V1PodSpec TargetTyped() => [|new|]() { AutomountServiceAccountToken = (bool?)true };
        }
        """);

    [Fact]
    public Task DedicatedOrUnknownAccount_IsNotReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Named() => new V1PodSpec { ServiceAccountName = "operator", AutomountServiceAccountToken = true };
            V1PodSpec Deprecated() => new V1PodSpec { ServiceAccount = "operator", AutomountServiceAccountToken = true };
            V1PodSpec Computed(string account) => new V1PodSpec { ServiceAccountName = account, AutomountServiceAccountToken = true };

            V1Pod NamedLater()
            {
                var pod = new V1Pod { Spec = new V1PodSpec { AutomountServiceAccountToken = true } };
                pod.Spec.ServiceAccountName = "operator";
                return pod;
            }
        }
        """);

    [Fact]
    public Task FalseUnsetOrComputed_IsNotReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Off() => new V1PodSpec { AutomountServiceAccountToken = false };
            V1PodSpec Computed(bool mount) => new V1PodSpec { AutomountServiceAccountToken = mount };

            V1PodSpec ChangedLater()
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = true };
                spec.AutomountServiceAccountToken = false;
                return spec;
            }
        }
        """);

    [Fact]
    public Task ClassEraConstructor_IsRead() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Named(IList<V1Container> c) => new [|V1PodSpec|](c, automountServiceAccountToken: true);
            V1PodSpec Positional(IList<V1Container> c) => new [|V1PodSpec|](c, null, null, true);
            V1PodSpec Dedicated(IList<V1Container> c) => new V1PodSpec(c, automountServiceAccountToken: true, serviceAccountName: "operator");
        }
        """, Model.ClassEra);

    [Fact]
    public Task Fix_ReplacesTrueWithFalse() => FixAsync("""
        class C
        {
            V1PodSpec Initializer() => new [|V1PodSpec|] { AutomountServiceAccountToken = true, Containers = [] };
            V1Job FixAllToo() => new V1Job { Spec = new() { Template = new() { Spec = [|new|]() { RestartPolicy = "Never", AutomountServiceAccountToken = true } } } };
        }
        """, """
        class C
        {
            V1PodSpec Initializer() => new V1PodSpec { AutomountServiceAccountToken = false, Containers = [] };
            V1Job FixAllToo() => new V1Job { Spec = new() { Template = new() { Spec = new() { RestartPolicy = "Never", AutomountServiceAccountToken = false } } } };
        }
        """);

    [Fact]
    public Task Fix_ClassEra_ReplacesTheArgument() => FixAsync(
        "class C { V1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](c, null, null, true); }",
        "class C { V1PodSpec M(IList<V1Container> c) => new V1PodSpec(c, null, null, false); }",
        Model.ClassEra);
}
