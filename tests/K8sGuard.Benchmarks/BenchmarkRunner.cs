using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace K8sGuard.Benchmarks;

public sealed record BenchmarkOptions(
    int HeavyPodSpecs = 10_000,
    int[]? ScalingPodSpecs = null,
    int Runs = 5,
    bool CheckTargets = false,
    bool ProfileOnly = false,
    bool ProfileFloor = false,
    bool DocumentByDocument = false,
    bool FreshTrees = false)
{
    public int[] Scaling => ScalingPodSpecs ?? new[] { 1_000, 10_000, 100_000 };
}

/// <summary>One analyzer on one compilation: analyzer time from the driver's telemetry, and wall time of the analysis.</summary>
public sealed record Measurement(string Analyzer, TimeSpan AnalyzerTime, TimeSpan WallTime, int Diagnostics, TimeSpan GcPauses, long AllocatedBytes, int Collections);

/// <summary>
/// Times analyzers in one process, side by side, single-threaded, on fresh compilations of generated sources:
/// K8sGuard against the naive floor (and an empty analyzer) on a Kubernetes-heavy project, across sizes, on a
/// project without Kubernetes types, and against the compiler's own cost for the same compilation.
/// </summary>
public static class BenchmarkRunner
{
    public static async Task<bool> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        var k8sReferences = References(includeKubernetes: true);
        var plainReferences = References(includeKubernetes: false);
        // Warm-up: JIT-compile the analyzers and the driver paths before anything is measured.
        var warmUp = KubernetesTrees(200);
        foreach (var analyzer in new DiagnosticAnalyzer[] { new KubernetesObjectAnalyzerProxy(), new NaiveFloorAnalyzer(), new EmptyAnalyzer(), new FirstDiagnosticPerFileAnalyzer() })
        {
            await MeasureAsync(warmUp, k8sReferences, analyzer, options);
            await MeasureAsync(PlainTrees(200), plainReferences, analyzer, options);
        }

        if (options.ProfileOnly)
        {
            // Only K8sGuard (or only the floor) on the heavy project, repeatedly: for a profiler attached to this process.
            var trees = KubernetesTrees(options.HeavyPodSpecs);
            for (var run = 0; run < options.Runs; run++)
            {
                var measurement = await MeasureAsync(trees, k8sReferences, options.ProfileFloor ? new NaiveFloorAnalyzer() : new KubernetesObjectAnalyzerProxy(), options);
                // The whole process's allocations and collections during the analysis (compiler included): how often a
                // GC can stop a callback.
                output.WriteLine($"{measurement.Analyzer}: {Ms(measurement.AnalyzerTime)} ms; the analysis allocated "
                    + $"{measurement.AllocatedBytes / (1024 * 1024):N0} MB, {measurement.Collections} GCs, {Ms(measurement.GcPauses)} ms of GC pauses");
            }

            return true;
        }

        var mode = options.DocumentByDocument ? "document by document, as in the IDE" : "whole compilation, as in a build";
        mode += options.FreshTrees ? ", files parsed again for every run" : ", syntax trees shared by all runs";
        output.WriteLine($"# K8sGuard benchmark ({Environment.ProcessorCount} cores, {RuntimeInfo()}, {mode}, best of {options.Runs} runs, single-threaded analysis)");
        output.WriteLine();

        // 1. Heavy project: K8sGuard against the floor and the empty analyzer, and the compiler's own cost.
        var heavyTrees = KubernetesTrees(options.HeavyPodSpecs);
        var heavy = await BestOfInterleavedAsync(heavyTrees, k8sReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer(), () => new EmptyAnalyzer(), () => new FirstDiagnosticPerFileAnalyzer(), () => new FirstDiagnosticPerFileAnalyzer(GeneratedCodeAnalysisFlags.ReportDiagnostics));
        var compiler = CompilerCost(heavyTrees, k8sReferences, options.Runs, options.FreshTrees);
        output.WriteLine($"## Kubernetes-heavy project: {heavyTrees.Length} files, {options.HeavyPodSpecs:N0} pod specs");
        output.WriteLine();
        // GC pauses stop every thread, the analyzer's too: a pause during a callback counts as analyzer time.
        output.WriteLine("| analyzer | analyzer time (ms) | × floor | wall time of analysis (ms) | GC pauses in that wall time (ms) | diagnostics | share of compiler time |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var m in heavy)
        {
            output.WriteLine($"| {m.Analyzer} | {Ms(m.AnalyzerTime)} | {Ratio(m.AnalyzerTime, heavy[1].AnalyzerTime)} | {Ms(m.WallTime)} | {Ms(m.GcPauses)} | {m.Diagnostics:N0} | {Percent(m.AnalyzerTime, compiler)} |");
        }

        output.WriteLine();
        output.WriteLine($"Compiler (binding + emit diagnostics, no analyzers): {Ms(compiler)} ms.");
        // Not a target: how much of both analyzers' time is the driver's charge for the first diagnostic of each file.
        // Each row is a best of N with its own noise, so the floor less this charge can come out near zero or below.
        var firstPerFile = heavy[3].AnalyzerTime - heavy[2].AnalyzerTime;
        output.WriteLine($"The driver's charge for a file's first diagnostic (one-per-file row less the empty row): {Ms(firstPerFile)} ms for {heavyTrees.Length} files "
            + $"({Percent(firstPerFile, heavy[1].AnalyzerTime)} of the floor's time); without it, K8sGuard {Ms(heavy[0].AnalyzerTime - firstPerFile)} ms and the floor {Ms(heavy[1].AnalyzerTime - firstPerFile)} ms.");
        var expectedK8S0001 = options.HeavyPodSpecs / SourceGenerator.WorkloadsPerFile * SourceGenerator.UnhardenedPerFile;
        var correct = heavy[0].Diagnostics == expectedK8S0001;
        output.WriteLine($"K8sGuard reported {heavy[0].Diagnostics:N0} K8S0001, expected {expectedK8S0001:N0}: {(correct ? "correct" : "WRONG")}.");
        output.WriteLine();

        // 2. Scaling: time per pod spec must stay flat.
        output.WriteLine("## Scaling");
        output.WriteLine();
        output.WriteLine("| pod specs | files | K8sGuard (ms) | K8sGuard µs / pod spec | floor (ms) | floor µs / pod spec | × floor |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var perSpec = new Dictionary<int, double>();
        foreach (var count in options.Scaling)
        {
            var trees = count == options.HeavyPodSpecs ? heavyTrees : KubernetesTrees(count);
            var pair = count == options.HeavyPodSpecs ? heavy : await BestOfInterleavedAsync(trees, k8sReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer());
            var (k8sguard, floor) = (pair[0], pair[1]);
            perSpec[count] = k8sguard.AnalyzerTime.TotalMilliseconds * 1000 / count;
            output.WriteLine($"| {count:N0} | {trees.Length:N0} | {Ms(k8sguard.AnalyzerTime)} | {perSpec[count]:F2} | {Ms(floor.AnalyzerTime)} | {floor.AnalyzerTime.TotalMilliseconds * 1000 / count:F2} | {Ratio(k8sguard.AnalyzerTime, floor.AnalyzerTime)} |");
        }

        output.WriteLine();

        // 3. No Kubernetes types: K8sGuard must bail out at compilation start.
        var plainTrees = PlainTrees(options.HeavyPodSpecs);
        var plain = await BestOfInterleavedAsync(plainTrees, plainReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer(), () => new EmptyAnalyzer());
        output.WriteLine($"## Project without Kubernetes types: {plainTrees.Length} files");
        output.WriteLine();
        output.WriteLine("| analyzer | analyzer time (ms) | wall time of analysis (ms) | diagnostics |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var m in plain)
        {
            output.WriteLine($"| {m.Analyzer} | {Ms(m.AnalyzerTime)} | {Ms(m.WallTime)} | {m.Diagnostics:N0} |");
        }

        output.WriteLine();

        // Targets.
        var heavyRatio = heavy[0].AnalyzerTime.TotalMilliseconds / Math.Max(heavy[1].AnalyzerTime.TotalMilliseconds, 0.001);
        var scalingPairs = options.Scaling.OrderBy(s => s).ToArray();
        var growth = scalingPairs.Length >= 2 ? perSpec[scalingPairs[^1]] / perSpec[scalingPairs[^2]] : 1.0;
        var plainLimit = Math.Max(plain[1].AnalyzerTime.TotalMilliseconds * 1.5, plain[1].AnalyzerTime.TotalMilliseconds + 10);
        var targets = new (string Name, bool Holds, string Detail)[]
        {
            ("K8sGuard ≤ 1.5× the naive floor on the heavy project", heavyRatio <= 1.5, $"{heavyRatio:F2}×"),
            ($"per-pod-spec cost growth {scalingPairs[Math.Max(scalingPairs.Length - 2, 0)]:N0} → {scalingPairs[^1]:N0} ≤ 1.3×", growth <= 1.3, $"{growth:F2}×"),
            ("no Kubernetes types: within 1.5× (or 10 ms) of the floor's bail-out", plain[0].AnalyzerTime.TotalMilliseconds <= plainLimit, $"{Ms(plain[0].AnalyzerTime)} ms vs limit {plainLimit:F1} ms"),
            ("K8sGuard finds exactly the unhardened pod specs", correct, $"{heavy[0].Diagnostics:N0} of {expectedK8S0001:N0}"),
        };
        output.WriteLine("## Targets");
        output.WriteLine();
        if (options.Runs < 3)
        {
            // The warm-up is small: an analyzer's first run on the heavy project still runs partly unoptimised code.
            output.WriteLine($"(only {options.Runs} run(s): the first run of each analyzer is cold, so ratios and growth below are not reliable; use --runs 3 or more)");
            output.WriteLine();
        }

        foreach (var (name, holds, detail) in targets)
        {
            output.WriteLine($"- {(holds ? "PASS" : "FAIL")} {name}: {detail}");
        }

        return !options.CheckTargets || targets.All(t => t.Holds);
    }

    public static ImmutableArray<SyntaxTree> KubernetesTrees(int podSpecs)
        => Enumerable.Range(0, Math.Max(1, podSpecs / SourceGenerator.WorkloadsPerFile))
            .Select(i => Parse(SourceGenerator.KubernetesFile(i), $"Operators{i}.cs"))
            .ToImmutableArray();

    public static ImmutableArray<SyntaxTree> PlainTrees(int podSpecs)
        => Enumerable.Range(0, Math.Max(1, podSpecs / SourceGenerator.WorkloadsPerFile))
            .Select(i => Parse(SourceGenerator.PlainFile(i), $"Plain{i}.cs"))
            .Append(Parse(SourceGenerator.PlainModels(), "PlainModels.cs"))
            .ToImmutableArray();

    /// <summary>
    /// Analyses a fresh compilation with one analyzer: as a build does (<see cref="CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync()"/>,
    /// the compiler binding on one thread while the driver runs the analyzer on another), or, with
    /// <see cref="BenchmarkOptions.DocumentByDocument"/>, as the IDE does (one semantic-diagnostics request per document).
    /// </summary>
    public static async Task<Measurement> MeasureAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, DiagnosticAnalyzer analyzer, BenchmarkOptions options)
    {
        // A fresh compilation every time: nothing bound by an earlier run is reused. Its assembly symbol (the merged
        // declarations of every file, the bound references) is created before timing: the compiler needs it first
        // thing, and otherwise whichever analyzer touches it first is charged for the compiler's work (a race with
        // the compiler thread that made the same analyzer cost 30 ms in one run and 150 ms in the next).
        // With FreshTrees each run parses the files again, as a build does: nothing kept per tree (K8sGuard's
        // ServiceAccount search, red nodes created by earlier runs) carries over, and the runs allocate more.
        var compilation = CreateCompilation(options.FreshTrees ? Reparse(trees) : trees, references);
        _ = compilation.Assembly;
        // Every timed analysis starts on a collected heap: the untimed set-up above (new trees, the declarations)
        // would otherwise fill the first GC budget, and the pause that promotes it would land in the timed analysis.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var (pausesBefore, allocatedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = options.DocumentByDocument ? await AnalyzeDocumentByDocumentAsync(compilation, withAnalyzers) : await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        stopwatch.Stop();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        if (diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("analyzer exception: " + diagnostics.First(d => d.Id == "AD0001"));
        }

        return new Measurement(Name(analyzer), telemetry.ExecutionTime, stopwatch.Elapsed, diagnostics.Length, GC.GetTotalPauseDuration() - pausesBefore,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, GC.CollectionCount(0) - collectionsBefore);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeDocumentByDocumentAsync(Compilation compilation, CompilationWithAnalyzers withAnalyzers)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None));
        }

        return diagnostics.ToImmutable();
    }

    public static ImmutableArray<MetadataReference> References(bool includeKubernetes)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"));
        var kubernetes = includeKubernetes ? new[] { typeof(k8s.Models.V1PodSpec).Assembly.Location } : Array.Empty<string>();
        return platform.Concat(kubernetes).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    // Best of N runs per analyzer, the analyzers taking turns run by run (K8sGuard, floor, empty, K8sGuard, …) so that
    // none is measured while the process is still warming up (tiered JIT, heap growth) and the others after.
    private static async Task<Measurement[]> BestOfInterleavedAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, BenchmarkOptions options, params Func<DiagnosticAnalyzer>[] analyzers)
    {
        var best = new Measurement?[analyzers.Length];
        for (var run = 0; run < options.Runs; run++)
        {
            for (var i = 0; i < analyzers.Length; i++)
            {
                var measurement = await MeasureAsync(trees, references, analyzers[i](), options);
                if (best[i] is null || measurement.AnalyzerTime < best[i]!.AnalyzerTime)
                {
                    best[i] = measurement;
                }
            }
        }

        return best.Select(m => m!).ToArray();
    }

    private static TimeSpan CompilerCost(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, int runs, bool freshTrees)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var compilation = CreateCompilation(freshTrees ? Reparse(trees) : trees, references);
            var stopwatch = Stopwatch.StartNew();
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            using var peStream = new MemoryStream();
            EmitResult result = compilation.Emit(peStream);
            stopwatch.Stop();
            if (errors.Count > 0 || !result.Success)
            {
                throw new InvalidOperationException("generated sources do not compile: " + string.Join(Environment.NewLine, errors.Take(5)));
            }

            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }

        return best;
    }

    private static CSharpCompilation CreateCompilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
        => CSharpCompilation.Create(
            "Benchmark",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    private static ImmutableArray<SyntaxTree> Reparse(ImmutableArray<SyntaxTree> trees)
        => trees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)).ToImmutableArray();

    private static SyntaxTree Parse(string text, string path)
        => CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12), path);

    private static string Name(DiagnosticAnalyzer analyzer) => analyzer switch
    {
        KubernetesObjectAnalyzerProxy => "K8sGuard",
        NaiveFloorAnalyzer => "naive floor",
        EmptyAnalyzer => "empty (same registrations as the floor)",
        FirstDiagnosticPerFileAnalyzer { GeneratedCode: GeneratedCodeAnalysisFlags.None } => "one diagnostic per file (the floor's first report in each file only)",
        FirstDiagnosticPerFileAnalyzer => "one diagnostic per file, generated code flag ReportDiagnostics instead of None",
        _ => analyzer.GetType().Name,
    };

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1");

    private static string Ratio(TimeSpan value, TimeSpan baseline) => (value.TotalMilliseconds / Math.Max(baseline.TotalMilliseconds, 0.001)).ToString("F2") + "×";

    private static string Percent(TimeSpan value, TimeSpan total) => (100 * value.TotalMilliseconds / total.TotalMilliseconds).ToString("F1") + " %";

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
}
