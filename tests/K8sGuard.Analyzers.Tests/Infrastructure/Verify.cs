using System.Linq;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Stubs;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Infrastructure;

/// <summary>Which object model a test compiles against.</summary>
public enum Model
{
    /// <summary>The real KubernetesClient package (record era, v18+).</summary>
    RecordEra,

    /// <summary>A source stub of KubernetesClient before v18 (classes with full constructors).</summary>
    ClassEra,

    /// <summary>Source stubs of Pulumi and Pulumi.Kubernetes (<see cref="PulumiKubernetesStubs"/>).</summary>
    Pulumi,

    /// <summary>
    /// An Aspire app host (an executable): the real Aspire.Hosting package and a source stub of Aspire.Hosting.Kubernetes
    /// (<see cref="K8sGuard.Tests.Shared.AspireHostingKubernetesStub"/>).
    /// </summary>
    Aspire,
}

/// <summary>
/// Shortcuts over Microsoft.CodeAnalysis.Testing with <see cref="DefaultVerifier"/>, K8sGuard's analyzer, its one code fix
/// and references; markup without an id (<c>[|…|]</c>) and <see cref="Diagnostic()"/> stand for the rule the verifier is for.
/// </summary>
public sealed class RuleVerifier
{
    private readonly DiagnosticDescriptor _rule;
    private readonly bool _onlyThisRule;

    /// <param name="ruleId">The rule that markup without an id stands for.</param>
    /// <param name="onlyThisRule">Turn every other K8sGuard rule off (a pod-security test need not set automounting on every pod).</param>
    public RuleVerifier(string ruleId, bool onlyThisRule = false)
    {
        _rule = Descriptor(ruleId);
        _onlyThisRule = onlyThisRule;
    }

    /// <summary>The diagnostic of the rule this verifier is for.</summary>
    public DiagnosticResult Diagnostic() => new(_rule);

    public DiagnosticResult Diagnostic(string id) => new(Descriptor(id));

    /// <summary>A diagnostic of another descriptor of the rule (its message for an explicit value, say).</summary>
    public DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static DiagnosticDescriptor Descriptor(string id) => new KubernetesObjectAnalyzer().SupportedDiagnostics.First(d => d.Id == id);

    public Task AnalyzerAsync(string source, Model model = Model.RecordEra, params DiagnosticResult[] expected)
    {
        var test = CreateAnalyzerTest(source, model);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public CSharpAnalyzerTest<KubernetesObjectAnalyzer, DefaultVerifier> CreateAnalyzerTest(string source, Model model = Model.RecordEra)
    {
        var test = new RuleAnalyzerTest(_rule) { TestCode = source };
        Configure(test, model);
        DisableOtherRules(test);
        return test;
    }

    public Task CodeFixAsync(string source, string fixedSource, Model model = Model.RecordEra, string? equivalenceKey = null)
        => CreateCodeFixTest(source, fixedSource, model, equivalenceKey).RunAsync();

    public CSharpCodeFixTest<KubernetesObjectAnalyzer, KubernetesCodeFixProvider, DefaultVerifier> CreateCodeFixTest(
        string source,
        string fixedSource,
        Model model = Model.RecordEra,
        string? equivalenceKey = null,
        params string[] preprocessorSymbols)
    {
        var test = new RuleCodeFixTest(_rule)
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };

        // Markup in the fixed code is what must remain: a diagnostic the fix has no safe edit for.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        Configure(test, model);
        DisableOtherRules(test);
        if (preprocessorSymbols.Length > 0)
        {
            // As the IDE's Debug configuration does: `DEBUG` makes `#if DEBUG` regions active code.
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
                projectId,
                ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithPreprocessorSymbols(preprocessorSymbols)));
        }

        return test;
    }

    private void DisableOtherRules<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        if (_onlyThisRule)
        {
            test.DisabledDiagnostics.AddRange(new KubernetesObjectAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != _rule.Id).Distinct());
        }
        else if (!_rule.Id.StartsWith("K8S02", System.StringComparison.Ordinal))
        {
            // The restricted rules judge nearly every container and pod: they have their own tests, and other rules'
            // tests would otherwise have to list them on every pod they build.
            test.DisabledDiagnostics.AddRange(new KubernetesObjectAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id.StartsWith("K8S02", System.StringComparison.Ordinal)).Distinct());
        }
    }

    private sealed class RuleAnalyzerTest : CSharpAnalyzerTest<KubernetesObjectAnalyzer, DefaultVerifier>
    {
        private readonly DiagnosticDescriptor _rule;

        public RuleAnalyzerTest(DiagnosticDescriptor rule) => _rule = rule;

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => _rule;
    }

    private sealed class RuleCodeFixTest : CSharpCodeFixTest<KubernetesObjectAnalyzer, KubernetesCodeFixProvider, DefaultVerifier>
    {
        private readonly DiagnosticDescriptor _rule;

        public RuleCodeFixTest(DiagnosticDescriptor rule) => _rule = rule;

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => _rule;
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, Model model)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = model switch
        {
            Model.RecordEra => TestReferences.KubernetesClient,
            Model.Aspire => TestReferences.AspireHosting,
            _ => TestReferences.NetOnly,
        };
        var stub = model switch
        {
            Model.ClassEra => ("ClassEraKubernetesClient.cs", ClassEraKubernetesClient.Source),
            Model.Pulumi => ("PulumiKubernetesStubs.cs", PulumiKubernetesStubs.Source),
            Model.Aspire => ("AspireHostingKubernetesStub.cs", K8sGuard.Tests.Shared.AspireHostingKubernetesStub.Source),
            _ => default((string, string)?),
        };
        if (model == Model.Aspire)
        {
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
        }

        if (stub is { } source)
        {
            test.TestState.Sources.Add(source);
            if (test is CodeFixTest<TVerifier> fixTest)
            {
                fixTest.FixedState.Sources.Add(source);
            }
        }
    }
}
