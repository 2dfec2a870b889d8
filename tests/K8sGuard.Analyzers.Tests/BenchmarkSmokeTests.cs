using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

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
    public async Task Benchmark_RunsOnATinyInput_AndK8sGuardFindsExactlyWhatEachRuleMustFind(bool documentByDocument, bool freshTrees)
    {
        using var output = new StringWriter();
        var byFamily = !documentByDocument && !freshTrees;
        var options = new BenchmarkOptions(HeavyPodSpecs: 40, ScalingPodSpecs: new[] { 20, 40 }, Runs: 1, DocumentByDocument: documentByDocument, FreshTrees: freshTrees, ByFamily: byFamily, SolutionFiles: 40);
        var completed = await BenchmarkRunner.RunAsync(options, output);

        var report = output.ToString();
        Assert.True(completed, report);
        Assert.Contains("## Targets", report, System.StringComparison.Ordinal);
        // Four files of ten workloads: 14 findings each (SourceGenerator.ExpectedPerFile), 4 of them K8S0001.
        Assert.Contains("- PASS K8sGuard finds exactly what each rule must find on the heavy project: 56 of 56 findings, 16 of them K8S0001", report, System.StringComparison.Ordinal);
        Assert.Contains("K8S0103 4/4, K8S0105 4/4, K8S0106 4/4, K8S0202 8/8, K8S0203 4/4, K8S0205 4/4, K8S0206 8/8: correct.", report, System.StringComparison.Ordinal);
        Assert.Contains("| naive floor |", report, System.StringComparison.Ordinal);
        Assert.Contains(documentByDocument ? "document by document" : "whole compilation", report, System.StringComparison.Ordinal);
        Assert.Contains(freshTrees ? "files parsed again for every run" : "syntax trees shared by all runs", report, System.StringComparison.Ordinal);

        // The pack with families turned off (on request), and a user's solution: 2 of 40 files build workloads.
        Assert.Equal(byFamily, report.Contains("| K8sGuard without K8S01xx, K8S02xx |", System.StringComparison.Ordinal));
        Assert.Equal(byFamily, report.Contains("By rule family (GC pauses excluded): the service-account rules K8S00xx alone", System.StringComparison.Ordinal));
        Assert.Contains("## A user's solution: 40 files, 2 of them (5 %) building workloads through builders and helpers", report, System.StringComparison.Ordinal);
        Assert.Contains("K8sGuard's findings in the build: 28 (2 workload files × 14 expected)", report, System.StringComparison.Ordinal);
        Assert.Contains("a user's solution (40 files, 5 % workloads): K8sGuard's share of the whole build ≤ 0.5 %", report, System.StringComparison.Ordinal);
        Assert.Matches(@"\| request for Workloads/Operators(10|30)\.cs after an edit of it \| [0-9.]+ \| [0-9.]+ \(its semantic diagnostics\) \| [0-9.]+× \|", report);
        Assert.DoesNotContain("WRONG", report, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Benchmark_FixAll_FixesEveryDiagnosticOfTheDocument()
    {
        using var output = new StringWriter();
        var options = new BenchmarkOptions(Runs: 1, FixAllPodSpecs: new[] { 5, 10 });
        Assert.True(await BenchmarkRunner.RunAsync(options, output));

        var report = output.ToString();
        Assert.Contains("| 10 | 20 |", report, System.StringComparison.Ordinal);
        Assert.Contains("- PASS Fix All leaves none of the fixed diagnostics", report, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Benchmark_BlockScaling_ReportsEveryShape_WithK8sGuardsFindings(bool blocksOnly)
    {
        using var output = new StringWriter();
        var options = new BenchmarkOptions(HeavyPodSpecs: 40, ScalingPodSpecs: new[] { 40 }, Runs: 1, BlockPodSpecs: new[] { 8, 16 }, AccountsInOtherFile: 20, BlocksOnly: blocksOnly, SolutionFiles: 0);
        Assert.True(await BenchmarkRunner.RunAsync(options, output));

        var report = output.ToString();
        Assert.Contains("## Scaling within one block", report, System.StringComparison.Ordinal);
        foreach (var shape in SourceGenerator.BlockShapes)
        {
            // Each shape's table has a row per size, with K8sGuard's diagnostics equal to the expected ones.
            Assert.Contains("### " + shape.Name, report, System.StringComparison.Ordinal);
            Assert.Contains("per-object cost growth within one block ≤ 1.5× (" + shape.Name + ")", report, System.StringComparison.Ordinal);
            var expected = shape.ExpectedDiagnostics(16);
            // The timings are only shaped here (time less GC pauses can come out negative on a loaded machine); the counts must match.
            Assert.Matches(@"\| 16 \| -?[0-9.]+ \| -?[0-9.]+ \| -?[0-9.]+ \| -?[0-9.]+ \| -?[0-9.]+× \| " + expected + @" \| " + expected + @" \|", report);
        }

        Assert.DoesNotContain("WRONG", report, System.StringComparison.Ordinal);
        Assert.Contains("One document's request while another file creates 20 ServiceAccounts", report, System.StringComparison.Ordinal);
        Assert.Contains("an edited document's request does not pay again", report, System.StringComparison.Ordinal);
        Assert.Equal(!blocksOnly, report.Contains("## Kubernetes-heavy project", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Benchmark_ProfileTwice_RunsTwoInstancesInOneDriver()
    {
        using var output = new StringWriter();
        var options = new BenchmarkOptions(HeavyPodSpecs: 40, Runs: 1, ProfileOnly: true, ProfileTwice: true);
        Assert.True(await BenchmarkRunner.RunAsync(options, output));

        var report = output.ToString();
        Assert.Contains("K8sGuard (first instance): ", report, System.StringComparison.Ordinal);
        Assert.Contains("K8sGuard (second instance): ", report, System.StringComparison.Ordinal);
    }

    // The wrapper must forward the measured analyzer's actions and count a pause that falls inside one of them.
    [Fact]
    public async Task PauseAccounting_ForwardsTheCallbacks_AndCountsAPauseInsideOne()
    {
        var collecting = new CollectingAnalyzer();
        var accounted = new PauseAccountingAnalyzer(collecting);
        var compilation = CSharpCompilation.Create(
            "PauseAccounting",
            new[] { CSharpSyntaxTree.ParseText("class C { object M() => new object(); }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(accounted)).GetAllDiagnosticsAsync();

        Assert.True(collecting.Calls == 1, $"{collecting.Calls} calls; {string.Join(Environment.NewLine, diagnostics)}");
        Assert.True(accounted.PausesInCallbacks > TimeSpan.Zero, "a blocking GC.Collect() inside the callback is a pause");
    }

    // Handed to the driver directly, never loaded from an assembly, so it needs no [DiagnosticAnalyzer] attribute
    // (which would make this test project an analyzer project in the RS rules' eyes).
#pragma warning disable RS1001
    private sealed class CollectingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        // The driver does not run an analyzer without an enabled diagnostic: it borrows the empty analyzer's, never reported.
        private static readonly ImmutableArray<DiagnosticDescriptor> Borrowed = new EmptyAnalyzer().SupportedDiagnostics;
        private int _calls;

        public int Calls => _calls;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Borrowed;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterOperationAction(
                _ =>
                {
                    Interlocked.Increment(ref _calls);
                    GC.Collect();
                },
                OperationKind.ObjectCreation));
        }
    }
}
