using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Analyzers.Tests.Stubs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace K8sGuard.Analyzers.Tests;

/// <summary>
/// Half-typed code is what an analyzer sees on every keystroke. Each corpus file is truncated at evenly spaced
/// points and has tokens deleted at deterministic random places; the analyzer runs over every variant and must
/// never throw (no AD0001) and never report outside the file. A first, bounded pass (the budget keeps the default
/// test run short); a larger fuzz belongs to the reliability work.
/// </summary>
public sealed class RobustnessFuzzTests
{
    // K8SGUARD_FUZZ_SCALE=N multiplies the budget for a long, opt-in run (docs/reliability.md).
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("K8SGUARD_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;
    private static readonly int TruncationsPerFile = 12 * Scale;
    private static readonly int DeletionsPerFile = 8 * Scale;

    // Code fixes are run on every fourth variant that has a diagnostic: a workspace per variant is the costly part.
    private const int FixEveryNthVariant = 4;

    private static readonly ImmutableArray<CodeFixProvider> Providers = ImmutableArray.Create<CodeFixProvider>(new K8sGuard.CodeFixes.KubernetesCodeFixProvider());

    private readonly ITestOutputHelper _output;

    public RobustnessFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task BrokenVariantsOfTheCorpus_NeverCrashTheAnalyzer()
    {
        var random = new Random(20261128);
        var variants = 0;
        var fixedVariants = 0;
        foreach (var (folder, references, stub, _) in CorpusFiles.CorpusAndSample())
        {
            var resolved = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var paths = CorpusFiles.In(folder);
            var originals = paths.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), path: Path.GetFileName(p))).ToList();
            if (stub is not null)
            {
                originals.Add(CSharpSyntaxTree.ParseText(stub, path: "stub.cs"));
            }

            foreach (var original in originals.Where(t => t.FilePath != "stub.cs"))
            {
                foreach (var text in Variants(original.GetText().ToString(), random))
                {
                    var broken = original.WithChangedText(SourceText.From(text));
                    var trees = originals.Select(t => t == original ? broken : t);
                    var compilation = CSharpCompilation.Create("Fuzz", trees, resolved, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                    var diagnostics = await compilation
                        .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer()))
                        .GetAnalyzerDiagnosticsAsync();
                    variants++;

                    var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
                    Assert.True(crash is null, $"{original.FilePath} variant {variants}: {crash}\n--- source ---\n{text}");
                    foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
                    {
                        var tree = diagnostic.Location.SourceTree!;
                        Assert.True(diagnostic.Location.SourceSpan.End <= tree.Length, $"{diagnostic} lies outside {tree.FilePath}");
                    }

                    var onBroken = diagnostics.FirstOrDefault(d => d.Location.SourceTree == broken && d.Id.StartsWith("K8S", StringComparison.Ordinal));
                    if (onBroken is not null && variants % FixEveryNthVariant == 0)
                    {
                        await RunFixesAsync(broken, originals.Where(t => t != original), resolved, onBroken);
                        fixedVariants++;
                    }
                }
            }
        }

        _output.WriteLine($"{variants} broken variants analysed without an analyzer exception; code fixes run on {fixedVariants} of them without an exception");
        Assert.True(variants > 300, $"only {variants} variants");
    }

    // A code fix on broken code may decline, but must not throw.
    private static async Task RunFixesAsync(SyntaxTree broken, IEnumerable<SyntaxTree> others, ImmutableArray<MetadataReference> references, Diagnostic diagnostic)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Fuzz", "Fuzz", LanguageNames.CSharp, metadataReferences: references));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, broken.FilePath, broken.GetText());
        foreach (var other in others)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), other.FilePath, other.GetText());
        }

        var document = solution.GetDocument(documentId)!;
        var provider = Providers.Single(p => p.FixableDiagnosticIds.Contains(diagnostic.Id));
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        foreach (var action in actions)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(documentId)!;
            Assert.NotNull(await changed.GetSyntaxRootAsync());
        }
    }

    private static IEnumerable<string> Variants(string text, Random random)
    {
        for (var i = 1; i <= TruncationsPerFile; i++)
        {
            yield return text.Substring(0, text.Length * i / (TruncationsPerFile + 1));
        }

        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().ToList();
        for (var i = 0; i < DeletionsPerFile && tokens.Count > 0; i++)
        {
            var token = tokens[random.Next(tokens.Count)];
            yield return i % 2 == 0
                ? text.Remove(token.SpanStart, token.Span.Length)
                : text.Insert(token.SpanStart, token.Text + " ");
        }
    }
}
