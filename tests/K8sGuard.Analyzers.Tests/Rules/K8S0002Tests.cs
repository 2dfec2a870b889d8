using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0002: a ServiceAccount that leaves automounting unset, and its fix.</summary>
public sealed class K8S0002Tests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount);

    private const string Usings = """
        using k8s.Models;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.RecordEra, expected);

    private static Task FixAsync(string source, string fixedSource, Model model = Model.RecordEra)
        => V.CodeFixAsync(Usings + source, Usings + fixedSource, model, EquivalenceKeys.ServiceAccountDisableAutomount);

    [Fact]
    public Task UnsetAccount_IsReportedWithItsName() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Named() => new {|#0:V1ServiceAccount|} { Metadata = new V1ObjectMeta { Name = "web" } };
            V1ServiceAccount Unnamed(string name) => new {|#1:V1ServiceAccount|} { Metadata = new() { Name = name } };
            V1ServiceAccount Bare() => [|new|]();
            V1ServiceAccount Null() => new [|V1ServiceAccount|] { AutomountServiceAccountToken = null };
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("ServiceAccount 'web'"),
        V.Diagnostic().WithLocation(1).WithArguments("ServiceAccount"));

    [Fact]
    public Task ExplicitValue_IsNotReported() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Off() => new V1ServiceAccount { AutomountServiceAccountToken = false };
            V1ServiceAccount OnOnPurpose() => new V1ServiceAccount { AutomountServiceAccountToken = true };
            V1ServiceAccount Configured(bool mount) => new V1ServiceAccount { AutomountServiceAccountToken = mount };

            V1ServiceAccount Later()
            {
                var account = new V1ServiceAccount();
                account.AutomountServiceAccountToken = false;
                return account;
            }
        }
        """);

    [Fact]
    public Task ClassEraConstructor_IsRead() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1ServiceAccount Named() => new V1ServiceAccount(automountServiceAccountToken: false);
            V1ServiceAccount Positional() => new V1ServiceAccount("v1", false);
            V1ServiceAccount Unset() => new {|#0:V1ServiceAccount|}(metadata: new V1ObjectMeta(name: "builder"));
        }
        """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("ServiceAccount 'builder'"));

    [Fact]
    public Task Fix_SetsFalse_InEveryLayout() => FixAsync("""
        class C
        {
            V1ServiceAccount Initializer() => new [|V1ServiceAccount|] { Metadata = new() { Name = "web" } };
            V1ServiceAccount Empty() => new [|V1ServiceAccount|]();
            V1ServiceAccount TargetTyped() => [|new|]();
            V1ServiceAccount MultiLine() => new [|V1ServiceAccount|]
            {
                Metadata = new() { Name = "api" },
            };
        }
        """, """
        class C
        {
            V1ServiceAccount Initializer() => new V1ServiceAccount { Metadata = new() { Name = "web" }, AutomountServiceAccountToken = false };
            V1ServiceAccount Empty() => new V1ServiceAccount { AutomountServiceAccountToken = false };
            V1ServiceAccount TargetTyped() => new() { AutomountServiceAccountToken = false };
            V1ServiceAccount MultiLine() => new V1ServiceAccount
            {
                Metadata = new() { Name = "api" },
                AutomountServiceAccountToken = false,
            };
        }
        """);

    [Fact]
    public Task Fix_ClassEra_AddsANamedArgument() => FixAsync(
        "class C { V1ServiceAccount M() => new [|V1ServiceAccount|](metadata: new V1ObjectMeta(name: \"web\")); }",
        "class C { V1ServiceAccount M() => new V1ServiceAccount(metadata: new V1ObjectMeta(name: \"web\"), automountServiceAccountToken: false); }",
        Model.ClassEra);
}
