using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using K8sGuard.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Tests;

/// <summary>Concurrent analysis of a large generated project gives the same diagnostics every time.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task ConcurrentAnalysis_IsDeterministic()
    {
        var trees = BenchmarkRunner.KubernetesTrees(2_000);
        var references = BenchmarkRunner.References(includeKubernetes: true);
        string[]? first = null;
        for (var run = 0; run < 4; run++)
        {
            var compilation = CSharpCompilation.Create("Determinism", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var diagnostics = await compilation
                .WithAnalyzers(
                    ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer()),
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync();
            var described = diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}").OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

            Assert.DoesNotContain(described, d => d.StartsWith("AD0001", System.StringComparison.Ordinal));
            // Every diagnostic must be the same each run; the generated pods' K8S0001 count is known (the restricted rules'
            // findings on their containers come on top).
            Assert.Equal(2_000 / SourceGenerator.WorkloadsPerFile * SourceGenerator.UnhardenedPerFile, described.Count(d => d.StartsWith("K8S0001", System.StringComparison.Ordinal)));
            first ??= described;
            Assert.Equal(first, described);
        }
    }
}
