using System.Linq;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Stubs;
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
}

/// <summary>Shortcuts over Microsoft.CodeAnalysis.Testing with <see cref="DefaultVerifier"/> and K8sGuard's references.</summary>
public static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The diagnostic of the rule that <typeparamref name="TCodeFix"/> fixes.</summary>
    public static DiagnosticResult Diagnostic() => new(DefaultDescriptor());

    public static DiagnosticResult Diagnostic(string id)
        => new(new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id));

    public static Task AnalyzerAsync(string source, Model model = Model.RecordEra, params DiagnosticResult[] expected)
    {
        var test = CreateAnalyzerTest(source, model);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> CreateAnalyzerTest(string source, Model model = Model.RecordEra)
    {
        var test = new RuleAnalyzerTest { TestCode = source };
        Configure(test, model);
        return test;
    }

    public static Task CodeFixAsync(string source, string fixedSource, Model model = Model.RecordEra, string? equivalenceKey = null)
        => CreateCodeFixTest(source, fixedSource, model, equivalenceKey).RunAsync();

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> CreateCodeFixTest(
        string source,
        string fixedSource,
        Model model = Model.RecordEra,
        string? equivalenceKey = null,
        params string[] preprocessorSymbols)
    {
        var test = new RuleCodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        Configure(test, model);
        if (preprocessorSymbols.Length > 0)
        {
            // As the IDE's Debug configuration does: `DEBUG` makes `#if DEBUG` regions active code.
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
                projectId,
                ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithPreprocessorSymbols(preprocessorSymbols)));
        }

        return test;
    }

    /// <summary>The descriptor that markup without an id (<c>[|…|]</c>) stands for: the rule <typeparamref name="TCodeFix"/> fixes.</summary>
    private static DiagnosticDescriptor DefaultDescriptor()
    {
        var id = new TCodeFix().FixableDiagnosticIds[0];
        return new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
    }

    private sealed class RuleAnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultDescriptor();
    }

    private sealed class RuleCodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultDescriptor();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, Model model)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = model == Model.RecordEra ? TestReferences.KubernetesClient : TestReferences.NetOnly;
        var stub = model switch
        {
            Model.ClassEra => ("ClassEraKubernetesClient.cs", ClassEraKubernetesClient.Source),
            Model.Pulumi => ("PulumiKubernetesStubs.cs", PulumiKubernetesStubs.Source),
            _ => default((string, string)?),
        };
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
