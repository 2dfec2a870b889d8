using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using K8sGuard.Analyzers;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Benchmarks;

/// <summary>
/// Fix All in one document as the IDE runs it: a document with N unhardened pod specs, each with a privileged container
/// (2N diagnostics), fixed by the provider's Fix All for each rule in turn; the cost per diagnostic must not grow with N.
/// </summary>
public static class FixAllBenchmark
{
    public static string Document(int podSpecs)
    {
        var builder = new StringBuilder("using System.Collections.Generic;\nusing k8s.Models;\n\nnamespace Generated.FixAll;\n\npublic static class Pods\n{\n");
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("    public static V1Pod Pod").Append(i).Append("() => new V1Pod\n    {\n")
                .Append("        Metadata = new V1ObjectMeta { Name = \"pod-").Append(i).Append("\" },\n")
                .Append("        Spec = new V1PodSpec\n        {\n")
                .Append("            Containers = [new V1Container { Name = \"app\", SecurityContext = new V1SecurityContext { Privileged = true } }],\n")
                .Append("        },\n    };\n\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>Fix All of K8S0001 then K8S0103 over one document of <paramref name="podSpecs"/> pod specs: the time taken and whether none remained.</summary>
    public static async Task<(TimeSpan Elapsed, int Fixed, bool Clean)> RunAsync(int podSpecs, ImmutableArray<MetadataReference> references)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "FixAll", "FixAll", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        var document = workspace.AddDocument(project.Id, "Pods.cs", SourceText.From(Document(podSpecs)));
        var provider = new KubernetesCodeFixProvider();
        var fixedCount = 0;
        var elapsed = TimeSpan.Zero;
        foreach (var (id, key) in new[] { ("K8S0001", "K8S0001.DisableAutomount"), ("K8S0103", "K8S0103.SetFalse") })
        {
            var diagnostics = await AnalyzeAsync(document.Project, id);
            fixedCount += diagnostics.Length;
            var stopwatch = Stopwatch.StartNew();
            var context = new FixAllContext(document, provider, FixAllScope.Document, key, new[] { id }, new Diagnostics(diagnostics), CancellationToken.None);
            var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;
            elapsed += stopwatch.Elapsed;
            document = solution.GetDocument(document.Id)!;
        }

        var remaining = await AnalyzeAsync(document.Project, null);
        return (elapsed, fixedCount, remaining.IsEmpty);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, string? id)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var all = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => id is null ? d.Id is "K8S0001" or "K8S0103" : d.Id == id).ToImmutableArray();
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Diagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
