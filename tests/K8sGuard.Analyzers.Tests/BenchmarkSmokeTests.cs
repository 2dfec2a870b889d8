using System.IO;
using System.Threading.Tasks;
using K8sGuard.Benchmarks;

namespace K8sGuard.Analyzers.Tests;

/// <summary>
/// The benchmark is run on demand, not in CI (docs/performance.md); this keeps it building and running, on an input
/// small enough for the default test run. Timing targets are not checked here: tiny inputs are all noise.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Benchmark_RunsOnATinyInput_AndK8sGuardFindsExactlyTheUnhardenedPodSpecs(bool documentByDocument, bool freshTrees)
    {
        using var output = new StringWriter();
        var options = new BenchmarkOptions(HeavyPodSpecs: 40, ScalingPodSpecs: new[] { 20, 40 }, Runs: 1, DocumentByDocument: documentByDocument, FreshTrees: freshTrees);
        var completed = await BenchmarkRunner.RunAsync(options, output);

        var report = output.ToString();
        Assert.True(completed, report);
        Assert.Contains("## Targets", report, System.StringComparison.Ordinal);
        Assert.Contains("- PASS K8sGuard finds exactly the unhardened pod specs: 16 of 16", report, System.StringComparison.Ordinal);
        Assert.Contains("| naive floor |", report, System.StringComparison.Ordinal);
        Assert.Contains(documentByDocument ? "document by document" : "whole compilation", report, System.StringComparison.Ordinal);
        Assert.Contains(freshTrees ? "files parsed again for every run" : "syntax trees shared by all runs", report, System.StringComparison.Ordinal);
    }
}
