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
    private const int TruncationsPerFile = 12;
    private const int DeletionsPerFile = 8;

    private readonly ITestOutputHelper _output;

    public RobustnessFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task BrokenVariantsOfTheCorpus_NeverCrashTheAnalyzer()
    {
        var random = new Random(20261128);
        var variants = 0;
        foreach (var (folder, references, stub) in Groups())
        {
            var resolved = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var paths = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", folder), "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToList();
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
                }
            }
        }

        _output.WriteLine($"{variants} broken variants analysed without an analyzer exception");
        Assert.True(variants > 300, $"only {variants} variants");
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

    private static IEnumerable<(string Folder, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies References, string? Stub)> Groups()
    {
        yield return ("RecordEra", TestReferences.KubernetesClient, null);
        yield return ("ClassEra", TestReferences.NetOnly, ClassEraKubernetesClient.Source);
        yield return ("Pulumi", TestReferences.NetOnly, PulumiKubernetesStubs.Source);
    }
}
