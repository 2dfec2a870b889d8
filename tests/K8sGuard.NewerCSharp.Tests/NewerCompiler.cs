using System.Collections.Immutable;
using System.Text.RegularExpressions;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.NewerCSharp.Tests;

/// <summary>
/// Compiles test code with the current compiler (C# 14) against the real KubernetesClient, runs K8sGuard on it, and
/// compares the diagnostics with the lines marked <c>// expect: K8S0001</c> (several ids separated by commas).
/// </summary>
internal static class NewerCompiler
{
    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
        .Append(typeof(k8s.Models.V1PodSpec).Assembly.Location)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToImmutableArray();

    public static async Task AssertReportsMarkedLinesAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Test.cs");
        var compilation = CSharpCompilation.Create("NewerCSharp", new[] { tree }, References, new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the test code does not compile:\n" + string.Join("\n", errors));

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer())).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        // The restricted rules judge every container: a source that marks none of them is not about them.
        var restricted = source.Contains("K8S02");
        var reported = diagnostics.Where(d => d.Id.StartsWith("K8S", StringComparison.Ordinal) && (restricted || !d.Id.StartsWith("K8S02", StringComparison.Ordinal)))
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Marked(source), reported);
    }

    private static List<string> Marked(string source)
    {
        var lines = source.Split('\n');
        var marked = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Regex.Match(lines[i], @"// expect: (?<ids>K8S\d{4}(?:, *K8S\d{4})*)");
            if (match.Success)
            {
                marked.AddRange(match.Groups["ids"].Value.Split(',').Select(id => $"{i + 1}: {id.Trim()}"));
            }
        }

        return marked.OrderBy(s => s, StringComparer.Ordinal).ToList();
    }
}
