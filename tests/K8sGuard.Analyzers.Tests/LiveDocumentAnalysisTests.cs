using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Tests;

/// <summary>
/// What the IDE does while the user types: analyse one document (<c>GetAnalyzerSemanticDiagnosticsAsync</c>
/// with that document's semantic model), with no compilation-end actions. K8S0001 must come from there, and
/// must already know the ServiceAccounts declared in other documents of the project.
/// </summary>
public sealed class LiveDocumentAnalysisTests
{
    private const string Pods = """
        using k8s.Models;

        class Pods
        {
            V1PodSpec Builder() => new V1PodSpec { ServiceAccountName = "builder" };
            V1PodSpec Web() => new V1PodSpec { ServiceAccountName = "web" };
        }
        """;

    private static string Accounts(string automount) => $$"""
        using k8s.Models;

        class Accounts
        {
            V1ServiceAccount Builder() => new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "builder" }, AutomountServiceAccountToken = {{automount}} };
        }
        """;

    [Fact]
    public async Task DocumentScopedAnalysis_ReportsK8S0001_WithAccountsFromOtherDocuments()
    {
        var diagnostics = await AnalyseDocumentAsync(Pods, Accounts("false"));

        var k8s0001 = Assert.Single(diagnostics, d => d.Id == "K8S0001");
        Assert.Equal("Pods.cs", k8s0001.Location.SourceTree!.FilePath);
        Assert.Equal(5, k8s0001.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("V1PodSpec", k8s0001.Location.SourceTree.GetText().ToString(k8s0001.Location.SourceSpan));
    }

    [Fact]
    public async Task EditingTheAccountInAnotherDocument_ChangesTheResultOfTheNextAnalysis()
    {
        // The user turns the builder account's automounting back on: the builder pod is reported again.
        var diagnostics = await AnalyseDocumentAsync(Pods, Accounts("true"));

        Assert.Equal(new[] { 4, 5 }, diagnostics.Where(d => d.Id == "K8S0001").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(l => l));
    }

    [Fact]
    public async Task EditingAnotherDocument_ChangesTheNextRequest_OnTheSameTreeOfTheAnalysedDocument()
    {
        // As the IDE does: the analysed document keeps its tree, the edited one gets a new tree, and every request
        // analyses a new compilation. What K8sGuard keeps per project must not outlive the edit.
        var compilation = await CreateCompilationAsync(Pods, Accounts("false"));
        var podTree = compilation.SyntaxTrees.First();
        Assert.Equal(new[] { 5 }, ReportedLines(await AnalyseAsync(compilation, podTree)));

        var accountTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(accountTree, accountTree.WithChangedText(SourceText.From(Accounts("true"))));
        Assert.Equal(new[] { 4, 5 }, ReportedLines(await AnalyseAsync(edited, podTree)));

        // And back: the same request on the unedited compilation again.
        Assert.Equal(new[] { 5 }, ReportedLines(await AnalyseAsync(compilation, podTree)));
    }

    private const string Factory = """
        using k8s.Models;

        static class Templates
        {
            internal static V1PodSpec Worker() => new V1PodSpec();
        }
        """;

    private static string Caller(string hardening) => $$"""
        using k8s.Models;

        static class Operator
        {
            static V1PodSpec Run()
            {
                var spec = Templates.Worker();
                {{hardening}}
                return spec;
            }
        }
        """;

    [Fact]
    public async Task EditingACaller_ChangesTheNextRequest_OnTheFactorysDocument()
    {
        // The callers of a factory are read once for every request on the same project (the driver clones the compilation
        // for each); an edited caller is a new project, read again.
        var compilation = await CreateCompilationAsync(Factory, Caller("spec.AutomountServiceAccountToken = false;"));
        var factoryTree = compilation.SyntaxTrees.First();
        Assert.Empty(ReportedLines(await AnalyseAsync(compilation, factoryTree)));
        Assert.Empty(ReportedLines(await AnalyseAsync(compilation, factoryTree)));

        var callerTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(callerTree, callerTree.WithChangedText(SourceText.From(Caller("// hardened elsewhere"))));
        Assert.Equal(new[] { 4 }, ReportedLines(await AnalyseAsync(edited, factoryTree)));

        Assert.Empty(ReportedLines(await AnalyseAsync(compilation, factoryTree)));
    }

    private static int[] ReportedLines(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == "K8S0001").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(l => l).ToArray();

    private static async Task<ImmutableArray<Diagnostic>> AnalyseDocumentAsync(string pods, string accounts)
    {
        var compilation = await CreateCompilationAsync(pods, accounts);
        return await AnalyseAsync(compilation, compilation.SyntaxTrees.First());
    }

    private static async Task<Compilation> CreateCompilationAsync(string pods, string accounts)
    {
        var references = await TestReferences.KubernetesClient.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var podTree = CSharpSyntaxTree.ParseText(pods, path: "Pods.cs");
        var accountTree = CSharpSyntaxTree.ParseText(accounts, path: "Accounts.cs");
        var compilation = CSharpCompilation.Create(
            "Live",
            new[] { podTree, accountTree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyseAsync(Compilation compilation, SyntaxTree document)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(document), filterSpan: null, CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
