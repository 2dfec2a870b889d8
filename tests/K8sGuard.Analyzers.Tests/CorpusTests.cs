using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Analyzers.Tests.Stubs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit.Abstractions;

namespace K8sGuard.Analyzers.Tests;

/// <summary>
/// Runs every K8sGuard rule over <c>Corpus/</c>: code written like real operators, CI runners, manifest generators,
/// Pulumi stacks and test fixtures. Each line that must carry a diagnostic ends with <c>// expect: K8S000N</c>; the
/// reported set must equal the marked set exactly. A finding a reviewer sees but the analyzer deliberately cannot judge
/// (the containers come from a call, a builder's methods) is marked <c>// miss: K8S000N (why)</c>: it counts against
/// recall and must stay unreported until the analyzer learns it (then the mark becomes an expect). Precision and recall
/// are printed.
/// </summary>
public sealed class CorpusTests
{
    private static readonly Regex ExpectMarker = new(@"//\s*expect:\s*(?<ids>K8S\d{4}(\s*,?\s*K8S\d{4})*)", RegexOptions.Compiled);
    private static readonly Regex MissMarker = new(@"//\s*miss:\s*(?<ids>K8S\d{4}(\s*,?\s*K8S\d{4})*)", RegexOptions.Compiled);

    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Corpus_ReportsExactlyTheMarkedLines()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var missed = new SortedSet<string>(StringComparer.Ordinal);
        var reported = new SortedSet<string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var (folder, references, stub, outputKind) in CorpusFiles.Corpus())
        {
            var paths = CorpusFiles.In(folder);
            files += paths.Count;
            var trees = paths.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: folder + "/" + Path.GetFileName(p))).ToList();
            foreach (var tree in trees)
            {
                expected.UnionWith(Marked(tree, ExpectMarker));
                missed.UnionWith(Marked(tree, MissMarker));
            }

            if (stub is not null)
            {
                trees.Add(CSharpSyntaxTree.ParseText(stub, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: "stub.cs"));
            }

            var compilation = CSharpCompilation.Create(
                "Corpus" + folder,
                trees,
                await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
                new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, folder + " does not compile:\n" + string.Join("\n", errors));

            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            reported.UnionWith(diagnostics.Where(d => d.Id.StartsWith("K8S", StringComparison.Ordinal)).Select(Describe));
        }

        foreach (var family in new[] { "K8S00", "K8S01", "K8S02", "K8S" })
        {
            bool InFamily(string finding) => finding.Contains(": " + family, StringComparison.Ordinal);
            var familyReported = reported.Count(InFamily);
            var truePositives = reported.Intersect(expected).Count(InFamily);
            var findings = expected.Count(InFamily) + missed.Count(InFamily);
            var precision = familyReported == 0 ? 1.0 : (double)truePositives / familyReported;
            var recall = findings == 0 ? 1.0 : (double)truePositives / findings;
            _output.WriteLine($"{(family == "K8S" ? "all rules" : family + "xx")}: {familyReported} reported, {truePositives} true positives, {missed.Count(InFamily)} known misses; precision {precision:F3}, recall {recall:F3}");
        }

        _output.WriteLine($"corpus: {files} files, {expected.Count} marked, {missed.Count} marked as known misses");
        foreach (var miss in missed)
        {
            _output.WriteLine("known miss: " + miss);
        }

        foreach (var falsePositive in reported.Except(expected))
        {
            _output.WriteLine("false positive: " + falsePositive);
        }

        foreach (var unreported in expected.Except(reported))
        {
            _output.WriteLine("not reported: " + unreported);
        }

        Assert.True(files >= 15, $"the corpus has {files} files");
        Assert.Equal(expected, reported);
        Assert.Empty(missed.Intersect(reported));
    }

    private static IEnumerable<string> Marked(SyntaxTree tree, Regex marker)
    {
        var text = tree.GetText();
        foreach (var line in text.Lines)
        {
            var match = marker.Match(line.ToString());
            if (!match.Success)
            {
                continue;
            }

            foreach (var id in Regex.Matches(match.Groups["ids"].Value, @"K8S\d{4}").Select(m => m.Value))
            {
                yield return $"{tree.FilePath}:{line.LineNumber + 1}: {id}";
            }
        }
    }

    private static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Location.SourceTree!.FilePath}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.Id}";
}
