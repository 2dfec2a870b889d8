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
    bool FreshTrees = false,
    bool ProfileTwice = false,
    int[]? BlockPodSpecs = null,
    int AccountsInOtherFile = 1_000,
    bool BlocksOnly = false,
    int[]? FixAllPodSpecs = null,
    bool ByFamily = false,
    int SolutionFiles = UserSolutionBenchmark.Files,
    bool SolutionOnly = false)
{
    public int[] Scaling => ScalingPodSpecs ?? new[] { 1_000, 10_000, 100_000 };
}

/// <summary>
/// One analyzer on one compilation: analyzer time from the driver's telemetry, the GC pauses that fell inside its
/// callbacks, and the wall time, diagnostics (of every analyzer in the driver), GC pauses, allocations and collections
/// of the whole analysis.
/// </summary>
public sealed record Measurement(string Analyzer, TimeSpan AnalyzerTime, TimeSpan PausesInCallbacks, TimeSpan WallTime, int Diagnostics, TimeSpan GcPauses, long AllocatedBytes, int Collections)
{
    /// <summary>Every diagnostic of the analysis by id, the restricted rules' included.</summary>
    public IReadOnlyDictionary<string, int> ById { get; init; } = new SortedDictionary<string, int>();

    /// <summary>The analyzer's time without the GC pauses that stopped it (see <see cref="PauseAccountingAnalyzer"/>).</summary>
    public TimeSpan TimeLessPauses => AnalyzerTime - PausesInCallbacks;
}

/// <summary>An analyzer's best of N runs: by its time as the telemetry gives it, and by that time less GC pauses.</summary>
public sealed record Best(Measurement Raw, Measurement LessPauses);

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
            await MeasureAsync(warmUp, k8sReferences, options, analyzer);
            await MeasureAsync(PlainTrees(200), plainReferences, options, analyzer);
        }

        if (options.ProfileOnly)
        {
            // Only K8sGuard (or only the floor) on the heavy project, repeatedly: for a profiler attached to this process.
            // Twice: two instances in one driver. The driver runs the second on each block right after the first, on
            // operations, symbols and text the first has just read, and the second is spared the driver's charge for
            // a file's first diagnostic: it shows how much of the first one's time is reading cold memory.
            var trees = KubernetesTrees(options.HeavyPodSpecs);
            for (var run = 0; run < options.Runs; run++)
            {
                var instances = Enumerable.Range(0, options.ProfileTwice ? 2 : 1)
                    .Select(_ => options.ProfileFloor ? (DiagnosticAnalyzer)new NaiveFloorAnalyzer() : new KubernetesObjectAnalyzerProxy())
                    .ToArray();
                var measurements = await MeasureAsync(trees, k8sReferences, options, instances);
                for (var i = 0; i < measurements.Length; i++)
                {
                    // The whole process's allocations and collections during the analysis (compiler included): how often
                    // a GC can stop a callback.
                    var m = measurements[i];
                    var which = measurements.Length > 1 ? (i == 0 ? " (first instance)" : " (second instance)") : string.Empty;
                    output.WriteLine($"{m.Analyzer}{which}: {Ms(m.AnalyzerTime)} ms ({Ms(m.TimeLessPauses)} ms less GC pauses in its callbacks); the analysis allocated "
                        + $"{m.AllocatedBytes / (1024 * 1024):N0} MB, {m.Collections} GCs, {Ms(m.GcPauses)} ms of GC pauses");
                }
            }

            return true;
        }

        if (options.FixAllPodSpecs is { } fixAllSizes)
        {
            output.WriteLine($"# K8sGuard benchmark, Fix All in one document ({Environment.ProcessorCount} cores, {RuntimeInfo()})");
            output.WriteLine();
            var fixAll = await RunFixAllAsync(fixAllSizes, k8sReferences, output);
            WriteTargets(fixAll, options, output);
            return !options.CheckTargets || fixAll.All(t => t.Holds);
        }

        if (options.SolutionOnly)
        {
            output.WriteLine($"# K8sGuard benchmark, a user's solution only ({Environment.ProcessorCount} cores, {RuntimeInfo()}, best of {options.Runs} runs, single-threaded analysis)");
            output.WriteLine();
            var onlySolution = await UserSolutionBenchmark.RunAsync(options, k8sReferences, output);
            WriteTargets(onlySolution, options, output);
            return !options.CheckTargets || onlySolution.All(t => t.Holds);
        }

        if (options.BlocksOnly)
        {
            output.WriteLine($"# K8sGuard benchmark, blocks only ({Environment.ProcessorCount} cores, {RuntimeInfo()}, best of {options.Runs} runs, single-threaded analysis)");
            output.WriteLine();
            var onlyBlocks = await RunBlocksAsync(options, k8sReferences, output);
            WriteTargets(onlyBlocks, options, output);
            return !options.CheckTargets || onlyBlocks.All(t => t.Holds);
        }

        var mode = options.DocumentByDocument ? "document by document, as in the IDE" : "whole compilation, as in a build";
        mode += options.FreshTrees ? ", files parsed again for every run" : ", syntax trees shared by all runs";
        output.WriteLine($"# K8sGuard benchmark ({Environment.ProcessorCount} cores, {RuntimeInfo()}, {mode}, best of {options.Runs} runs, single-threaded analysis)");
        output.WriteLine();

        // 1. Heavy project: K8sGuard against the floor and the empty analyzer, and the compiler's own cost.
        var heavyTrees = KubernetesTrees(options.HeavyPodSpecs);
        var heavyAnalyzers = new List<Func<DiagnosticAnalyzer>> { () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer(), () => new EmptyAnalyzer(), () => new FirstDiagnosticPerFileAnalyzer(), () => new FirstDiagnosticPerFileAnalyzer(GeneratedCodeAnalysisFlags.ReportDiagnostics) };
        if (options.ByFamily)
        {
            // The pack with rule families turned off (as a profile or NoWarn does): what each family adds, measured.
            heavyAnalyzers.Add(() => new KubernetesObjectAnalyzerProxy("K8S02"));
            heavyAnalyzers.Add(() => new KubernetesObjectAnalyzerProxy("K8S01", "K8S02"));
        }

        var heavy = await BestOfInterleavedAsync(heavyTrees, k8sReferences, options, heavyAnalyzers.ToArray());
        var compiler = CompilerCost(heavyTrees, k8sReferences, options.Runs, options.FreshTrees);
        output.WriteLine($"## Kubernetes-heavy project: {heavyTrees.Length} files, {options.HeavyPodSpecs:N0} pod specs");
        output.WriteLine();
        // GC pauses stop every thread, the analyzer's too: a pause during a callback counts as analyzer time. The
        // targets are judged on the time less those pauses (each its own best of N), the telemetry's figure beside it.
        output.WriteLine("| analyzer | analyzer time less GC pauses in its callbacks (ms) | × floor | analyzer time (ms) | × floor | wall time of analysis (ms) | GC pauses in that wall time (ms) | diagnostics | share of compiler time |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var best in heavy)
        {
            var m = best.Raw;
            output.WriteLine($"| {m.Analyzer} | {Ms(best.LessPauses.TimeLessPauses)} | {Ratio(best.LessPauses.TimeLessPauses, heavy[1].LessPauses.TimeLessPauses)} | {Ms(m.AnalyzerTime)} | {Ratio(m.AnalyzerTime, heavy[1].Raw.AnalyzerTime)} | {Ms(m.WallTime)} | {Ms(m.GcPauses)} | {m.Diagnostics:N0} | {Percent(best.LessPauses.TimeLessPauses, compiler)} |");
        }

        output.WriteLine();
        output.WriteLine($"Compiler (binding + emit diagnostics, no analyzers): {Ms(compiler)} ms.");
        // Not a target: how much of both analyzers' time is the driver's charge for the first diagnostic of each file.
        // Each row is a best of N with its own noise, so the floor less this charge can come out near zero or below.
        var firstPerFile = heavy[3].LessPauses.TimeLessPauses - heavy[2].LessPauses.TimeLessPauses;
        var (k8sguardTime, floorTime) = (heavy[0].LessPauses.TimeLessPauses, heavy[1].LessPauses.TimeLessPauses);
        output.WriteLine($"The driver's charge for a file's first diagnostic (one-per-file row less the empty row, GC pauses excluded): {Ms(firstPerFile)} ms for {heavyTrees.Length} files "
            + $"({Percent(firstPerFile, floorTime)} of the floor's time); without it, K8sGuard {Ms(k8sguardTime - firstPerFile)} ms and the floor {Ms(floorTime - firstPerFile)} ms.");
        // Every rule of the pack, counted: each generated file holds the same findings (SourceGenerator.ExpectedPerFile).
        var files = heavyTrees.Length;
        var expected = SourceGenerator.ExpectedPerFile.ToDictionary(p => p.Key, p => p.Value * files);
        var reported = heavy[0].Raw.ById;
        var correct = expected.Count == reported.Count && expected.All(p => reported.TryGetValue(p.Key, out var n) && n == p.Value);
        output.WriteLine("K8sGuard's findings by rule (reported / expected): "
            + string.Join(", ", expected.Keys.Union(reported.Keys).OrderBy(id => id, StringComparer.Ordinal).Select(id => $"{id} {(reported.TryGetValue(id, out var n) ? n : 0):N0}/{(expected.TryGetValue(id, out var e) ? e : 0):N0}"))
            + $": {(correct ? "correct" : "WRONG")}.");
        var expectedK8S0001 = expected["K8S0001"];
        if (options.ByFamily)
        {
            // Each family's share: the difference between two rows, each its own best of N (the rows above carry the noise).
            var (pack, withoutRestricted, serviceAccounts) = (heavy[0].LessPauses.TimeLessPauses, heavy[5].LessPauses.TimeLessPauses, heavy[6].LessPauses.TimeLessPauses);
            output.WriteLine($"By rule family (GC pauses excluded): the service-account rules K8S00xx alone {Ms(serviceAccounts)} ms ({Ratio(serviceAccounts, floorTime)} the floor); "
                + $"with the baseline rules K8S01xx {Ms(withoutRestricted)} ms ({Ratio(withoutRestricted, floorTime)}); with the restricted rules K8S02xx, the pack, {Ms(pack)} ms ({Ratio(pack, floorTime)}): "
                + $"K8S01xx add {Ms(withoutRestricted - serviceAccounts)} ms, K8S02xx {Ms(pack - withoutRestricted)} ms.");
        }

        output.WriteLine();

        // 2. Scaling: time per pod spec must stay flat.
        output.WriteLine("## Scaling");
        output.WriteLine();
        output.WriteLine("| pod specs | files | K8sGuard less GC pauses (ms) | µs / pod spec | floor less GC pauses (ms) | µs / pod spec | × floor | K8sGuard analyzer time (ms) | µs / pod spec | floor analyzer time (ms) | × floor |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var perSpec = new Dictionary<int, (double LessPauses, double Raw)>();
        foreach (var count in options.Scaling)
        {
            var trees = count == options.HeavyPodSpecs ? heavyTrees : KubernetesTrees(count);
            var pair = count == options.HeavyPodSpecs ? heavy : await BestOfInterleavedAsync(trees, k8sReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer());
            var (k8sguard, floor) = (pair[0], pair[1]);
            perSpec[count] = (PerPodSpec(k8sguard.LessPauses.TimeLessPauses, count), PerPodSpec(k8sguard.Raw.AnalyzerTime, count));
            output.WriteLine($"| {count:N0} | {trees.Length:N0} | {Ms(k8sguard.LessPauses.TimeLessPauses)} | {perSpec[count].LessPauses:F2} | {Ms(floor.LessPauses.TimeLessPauses)} | {PerPodSpec(floor.LessPauses.TimeLessPauses, count):F2} | {Ratio(k8sguard.LessPauses.TimeLessPauses, floor.LessPauses.TimeLessPauses)} "
                + $"| {Ms(k8sguard.Raw.AnalyzerTime)} | {perSpec[count].Raw:F2} | {Ms(floor.Raw.AnalyzerTime)} | {Ratio(k8sguard.Raw.AnalyzerTime, floor.Raw.AnalyzerTime)} |");
        }

        output.WriteLine();

        // 2b. Scaling within one block, and an edited document beside a large one (on request: a quadratic step makes them slow).
        var blockTargets = options.BlockPodSpecs is { Length: > 0 } ? await RunBlocksAsync(options, k8sReferences, output) : new List<(string Name, bool Holds, string Detail)>();

        // 2c. What a user feels: a realistic solution's build and its slowest document request.
        var solutionTargets = options.SolutionFiles > 0 ? await UserSolutionBenchmark.RunAsync(options, k8sReferences, output) : new List<(string Name, bool Holds, string Detail)>();

        // 3. No Kubernetes types: K8sGuard must bail out at compilation start.
        var plainTrees = PlainTrees(options.HeavyPodSpecs);
        var plain = await BestOfInterleavedAsync(plainTrees, plainReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer(), () => new EmptyAnalyzer());
        output.WriteLine($"## Project without Kubernetes types: {plainTrees.Length} files");
        output.WriteLine();
        output.WriteLine("| analyzer | analyzer time (ms) | wall time of analysis (ms) | diagnostics |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var m in plain.Select(best => best.Raw))
        {
            output.WriteLine($"| {m.Analyzer} | {Ms(m.AnalyzerTime)} | {Ms(m.WallTime)} | {m.Diagnostics:N0} |");
        }

        output.WriteLine();

        // Targets.
        var heavyRatio = k8sguardTime.TotalMilliseconds / Math.Max(floorTime.TotalMilliseconds, 0.001);
        var heavyRawRatio = heavy[0].Raw.AnalyzerTime.TotalMilliseconds / Math.Max(heavy[1].Raw.AnalyzerTime.TotalMilliseconds, 0.001);
        var scalingPairs = options.Scaling.OrderBy(s => s).ToArray();
        var (smaller, larger) = (perSpec[scalingPairs[Math.Max(scalingPairs.Length - 2, 0)]], perSpec[scalingPairs[^1]]);
        var (growth, rawGrowth) = (larger.LessPauses / smaller.LessPauses, larger.Raw / smaller.Raw);
        var (plainK8sGuard, plainFloor) = (plain[0].Raw.AnalyzerTime.TotalMilliseconds, plain[1].Raw.AnalyzerTime.TotalMilliseconds);
        var plainLimit = plainFloor + 10;
        var targets = new (string Name, bool Holds, string Detail)[]
        {
            // The whole pack (every rule) against the naive single-rule floor.
            ("the whole pack ≤ 2.0× the naive floor on the heavy project", heavyRatio <= 2.0, $"{heavyRatio:F2}× less GC pauses in the callbacks ({heavyRawRatio:F2}× by the telemetry alone)"),
            ($"per-pod-spec cost growth {scalingPairs[Math.Max(scalingPairs.Length - 2, 0)]:N0} → {scalingPairs[^1]:N0} ≤ 1.2×", growth <= 1.2, $"{growth:F2}× less GC pauses in the callbacks ({rawGrowth:F2}× by the telemetry alone)"),
            ("no Kubernetes types: within 10 ms of the floor's bail-out", plainK8sGuard <= plainLimit, $"{plainK8sGuard:F1} ms vs limit {plainLimit:F1} ms"),
            ("K8sGuard finds exactly what each rule must find on the heavy project", correct, $"{reported.Values.Sum():N0} of {expected.Values.Sum():N0} findings, {expectedK8S0001:N0} of them K8S0001"),
        };
        targets = targets.Concat(blockTargets).Concat(solutionTargets).ToArray();
        WriteTargets(targets, options, output);
        return !options.CheckTargets || targets.All(t => t.Holds);
    }

    private static void WriteTargets(IEnumerable<(string Name, bool Holds, string Detail)> targets, BenchmarkOptions options, TextWriter output)
    {
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
    }

    /// <summary>
    /// Cost per object as one block grows, for each shape of block, and one document's request while another file of the
    /// project creates many ServiceAccounts; returns their targets.
    /// </summary>
    // Fix All in one document: the cost per fixed diagnostic must not grow with the document (it did when every fix made a
    // new document and the batch fixer compared whole texts).
    private static async Task<List<(string Name, bool Holds, string Detail)>> RunFixAllAsync(int[] sizes, ImmutableArray<MetadataReference> references, TextWriter output)
    {
        output.WriteLine("## Fix All in one document (K8S0001, then K8S0103)");
        output.WriteLine();
        output.WriteLine("| pod specs | diagnostics fixed | Fix All time (ms) | µs / diagnostic | none left |");
        output.WriteLine("|---:|---:|---:|---:|:---:|");
        _ = await FixAllBenchmark.RunAsync(sizes.Min(), references);
        var perDiagnostic = new List<double>();
        var clean = true;
        foreach (var count in sizes.OrderBy(c => c))
        {
            var (elapsed, fixedCount, none) = await FixAllBenchmark.RunAsync(count, references);
            perDiagnostic.Add(elapsed.TotalMilliseconds * 1000 / Math.Max(fixedCount, 1));
            clean &= none && fixedCount == 2 * count;
            output.WriteLine($"| {count:N0} | {fixedCount:N0} | {Ms(elapsed)} | {perDiagnostic[^1]:F1} | {(none ? "yes" : "no")} |");
        }

        var growth = perDiagnostic[^1] / perDiagnostic[0];
        output.WriteLine();
        return new List<(string, bool, string)>
        {
            ($"Fix All cost per diagnostic grows ≤ 1.5× from {sizes.Min():N0} to {sizes.Max():N0} pod specs in one document", growth <= 1.5, $"{growth:F2}×"),
            ("Fix All leaves none of the fixed diagnostics", clean, clean ? "none left" : "some left"),
        };
    }

    private static async Task<List<(string Name, bool Holds, string Detail)>> RunBlocksAsync(BenchmarkOptions options, ImmutableArray<MetadataReference> k8sReferences, TextWriter output)
    {
        var blockGrowths = new List<(BlockShape Shape, double Growth, bool Correct)>();
        var blockSizes = options.BlockPodSpecs ?? new[] { 500, 1_000, 2_000, 4_000 };
        {
            output.WriteLine("## Scaling within one block");
            output.WriteLine();
            foreach (var shape in SourceGenerator.BlockShapes)
            {
                output.WriteLine($"### {shape.Name}");
                output.WriteLine();
                output.WriteLine("| objects in the block | K8sGuard less GC pauses (ms) | µs / object | floor less GC pauses (ms) | µs / object | × floor | K8sGuard diagnostics | expected |");
                output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
                // Untimed first: the first block of a shape runs code the warm-up never reached (a cold 500 would make growth look flat).
                _ = await MeasureAsync(ImmutableArray.Create(Parse(shape.Generate(blockSizes.Min()), "OneBlock.cs")), k8sReferences, options, new KubernetesObjectAnalyzerProxy());
                var perObject = new List<double>();
                var correctShape = true;
                foreach (var count in blockSizes.OrderBy(c => c))
                {
                    var trees = ImmutableArray.Create(Parse(shape.Generate(count), "OneBlock.cs"));
                    var pair = await BestOfInterleavedAsync(trees, k8sReferences, options, () => new KubernetesObjectAnalyzerProxy(), () => new NaiveFloorAnalyzer());
                    var (k8sguard, floor) = (pair[0], pair[1]);
                    perObject.Add(PerPodSpec(k8sguard.LessPauses.TimeLessPauses, count));
                    var expected = shape.ExpectedDiagnostics(count);
                    correctShape &= k8sguard.Raw.Diagnostics == expected;
                    output.WriteLine($"| {count:N0} | {Ms(k8sguard.LessPauses.TimeLessPauses)} | {perObject[^1]:F2} | {Ms(floor.LessPauses.TimeLessPauses)} | {PerPodSpec(floor.LessPauses.TimeLessPauses, count):F2} | {Ratio(k8sguard.LessPauses.TimeLessPauses, floor.LessPauses.TimeLessPauses)} | {k8sguard.Raw.Diagnostics:N0} | {expected:N0} |");
                }

                blockGrowths.Add((shape, perObject[^1] / perObject[0], correctShape));
                output.WriteLine();
                output.WriteLine($"Cost per object grows {blockGrowths[^1].Growth:F2}× from {blockSizes.Min():N0} to {blockSizes.Max():N0} objects in one block.");
                output.WriteLine();
            }
        }

        // Editing one file while another creates many ServiceAccounts: each edit is a new compilation that shares the other
        // file's tree; the request for the edited file must not pay for the other file again.
        (double Warm, double Limit)? editedRequest;
        {
            var accounts = Parse(SourceGenerator.ServiceAccountsFile(options.AccountsInOtherFile), "Accounts.cs");
            var edited = Parse(SourceGenerator.SmallEditedFile(), "Edited.cs");
            var alone = await EditedDocumentRequestAsync(ImmutableArray.Create(edited), edited, k8sReferences, options);
            var withAccounts = await EditedDocumentRequestAsync(ImmutableArray.Create(accounts, edited), edited, k8sReferences, options);
            var limit = Math.Max(alone.Warm * 1.5, alone.Warm + 10);
            editedRequest = (withAccounts.Warm, limit);
            output.WriteLine($"## One document's request while another file creates {options.AccountsInOtherFile:N0} ServiceAccounts in one method");
            output.WriteLine();
            output.WriteLine("| project | first request (ms) | each later edit, best of the runs (ms) |");
            output.WriteLine("|---|---:|---:|");
            output.WriteLine($"| the edited file alone | {alone.First:F1} | {alone.Warm:F1} |");
            output.WriteLine($"| with the accounts file | {withAccounts.First:F1} | {withAccounts.Warm:F1} |");
            output.WriteLine();
        }

        var targets = new List<(string Name, bool Holds, string Detail)>();
        foreach (var (shape, growth, correct) in blockGrowths)
        {
            // Cost per object grows at most 1.5× as one block grows, and the findings are the right ones.
            targets.Add(($"per-object cost growth within one block ≤ 1.5× ({shape.Name})", growth <= 1.5 && correct, $"{growth:F2}×{(correct ? string.Empty : ", WRONG diagnostics")}"));
        }

        if (editedRequest is { } request)
        {
            targets.Add(("an edited document's request does not pay again for another file's ServiceAccounts", request.Warm <= request.Limit, $"{request.Warm:F1} ms vs limit {request.Limit:F1} ms"));
        }

        return targets;
    }

    /// <summary>K8sGuard's time (ms, GC pauses in its callbacks excluded) for one semantic-diagnostics request for <paramref name="document"/>, as the IDE makes it.</summary>
    internal static async Task<double> DocumentRequestAsync(Compilation compilation, SyntaxTree document)
    {
        var analyzer = new PauseAccountingAnalyzer(new KubernetesObjectAnalyzerProxy());
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(document), null, CancellationToken.None);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        return (telemetry.ExecutionTime - analyzer.PausesInCallbacks).TotalMilliseconds;
    }

    /// <summary>
    /// K8sGuard's time for one document's semantic-diagnostics request, in a fresh compilation of <paramref name="trees"/>
    /// per run (as after each edit): the first run's, and the best of the later runs (which share every tree with the first).
    /// </summary>
    private static async Task<(double First, double Warm)> EditedDocumentRequestAsync(ImmutableArray<SyntaxTree> trees, SyntaxTree edited, ImmutableArray<MetadataReference> references, BenchmarkOptions options)
    {
        var (first, warm) = (double.NaN, double.MaxValue);
        for (var run = 0; run <= Math.Max(options.Runs, 2); run++)
        {
            var compilation = CreateCompilation(trees, references);
            _ = compilation.Assembly;
            GC.Collect();
            var time = await DocumentRequestAsync(compilation, edited);
            if (run == 0)
            {
                first = time;
            }
            else
            {
                warm = Math.Min(warm, time);
            }
        }

        return (first, warm);
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
    public static async Task<Measurement> MeasureAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, BenchmarkOptions options, DiagnosticAnalyzer analyzer)
        => (await MeasureAsync(trees, references, options, new[] { analyzer }))[0];

    /// <summary>Several analyzers in one driver: each one's telemetry, the wall time and GC figures of the whole analysis.</summary>
    public static async Task<Measurement[]> MeasureAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, BenchmarkOptions options, DiagnosticAnalyzer[] analyzers)
    {
        // Each analyzer runs unchanged inside a wrapper that adds up the GC pauses falling in its callbacks.
        var accounted = analyzers.Select(analyzer => new PauseAccountingAnalyzer(analyzer)).ToArray();

        // A fresh compilation every time: nothing bound by an earlier run is reused. Its assembly symbol (the merged
        // declarations of every file, the bound references) is created before timing: the compiler needs it first
        // thing, and otherwise whichever analyzer touches it first is charged for the compiler's work (a race with
        // the compiler thread that made the same analyzer cost 30 ms in one run and 150 ms in the next).
        // With FreshTrees each run parses the files again, as a build does: nothing kept per tree (K8sGuard's
        // ServiceAccount search, red nodes created by earlier runs) carries over, and the runs allocate more.
        var compilation = CreateCompilation(options.FreshTrees ? Reparse(trees) : trees, references);
        var turnedOff = analyzers.OfType<KubernetesObjectAnalyzerProxy>().SelectMany(a => a.TurnedOffIds).Distinct().ToArray();
        if (turnedOff.Length > 0)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(turnedOff.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
        }

        _ = compilation.Assembly;
        // Every timed analysis starts on a collected heap: the untimed set-up above (new trees, the declarations)
        // would otherwise fill the first GC budget, and the pause that promotes it would land in the timed analysis.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var withAnalyzers = compilation.WithAnalyzers(
            accounted.ToImmutableArray<DiagnosticAnalyzer>(),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var (pausesBefore, allocatedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = options.DocumentByDocument ? await AnalyzeDocumentByDocumentAsync(compilation, withAnalyzers) : await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        stopwatch.Stop();
        if (diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("analyzer exception: " + diagnostics.First(d => d.Id == "AD0001"));
        }

        var (pauses, allocated, collections) = (GC.GetTotalPauseDuration() - pausesBefore, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, GC.CollectionCount(0) - collectionsBefore);
        var measurements = new Measurement[analyzers.Length];
        for (var i = 0; i < analyzers.Length; i++)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(accounted[i], CancellationToken.None);
            // The expected counts are the service-account and baseline rules' (the restricted rules run and are timed too,
            // but their findings on the generated containers are not what a shape checks).
            measurements[i] = new Measurement(Name(analyzers[i]), telemetry.ExecutionTime, accounted[i].PausesInCallbacks, stopwatch.Elapsed, diagnostics.Count(d => !d.Id.StartsWith("K8S02", StringComparison.Ordinal)), pauses, allocated, collections)
            {
                ById = new SortedDictionary<string, int>(diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal),
            };
        }

        return measurements;
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
    private static async Task<Best[]> BestOfInterleavedAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, BenchmarkOptions options, params Func<DiagnosticAnalyzer>[] analyzers)
    {
        var (raw, lessPauses) = (new Measurement?[analyzers.Length], new Measurement?[analyzers.Length]);
        for (var run = 0; run < options.Runs; run++)
        {
            for (var i = 0; i < analyzers.Length; i++)
            {
                var measurement = await MeasureAsync(trees, references, options, analyzers[i]());
                if (raw[i] is null || measurement.AnalyzerTime < raw[i]!.AnalyzerTime)
                {
                    raw[i] = measurement;
                }

                if (lessPauses[i] is null || measurement.TimeLessPauses < lessPauses[i]!.TimeLessPauses)
                {
                    lessPauses[i] = measurement;
                }
            }
        }

        return analyzers.Select((_, i) => new Best(raw[i]!, lessPauses[i]!)).ToArray();
    }

    private static TimeSpan CompilerCost(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, int runs, bool freshTrees)
        => BestBuild(runs, () => CreateCompilation(freshTrees ? Reparse(trees) : trees, references), timeCreation: false);

    /// <summary>
    /// The compiler's work for a build, best of <paramref name="runs"/>: every diagnostic and the emitted assembly of the
    /// compilation <paramref name="create"/> makes (its parsing too, with <paramref name="timeCreation"/>).
    /// </summary>
    internal static TimeSpan BestBuild(int runs, Func<CSharpCompilation> create, bool timeCreation)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var stopwatch = timeCreation ? Stopwatch.StartNew() : new Stopwatch();
            var compilation = create();
            stopwatch.Start();
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

    // A program when some file has top-level statements.
    internal static CSharpCompilation CreateCompilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
        => CSharpCompilation.Create(
            "Benchmark",
            trees,
            references,
            new CSharpCompilationOptions(
                trees.Any(t => t.GetRoot() is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax { Members: var members } && members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax)) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false));

    private static ImmutableArray<SyntaxTree> Reparse(ImmutableArray<SyntaxTree> trees)
        => trees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)).ToImmutableArray();

    internal static SyntaxTree Parse(string text, string path)
        => CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12), path);

    private static string Name(DiagnosticAnalyzer analyzer) => analyzer switch
    {
        KubernetesObjectAnalyzerProxy { TurnedOffPrefixes.Count: 0 } => "K8sGuard",
        KubernetesObjectAnalyzerProxy proxy => "K8sGuard without " + string.Join(", ", proxy.TurnedOffPrefixes.Select(prefix => prefix + "xx")),
        NaiveFloorAnalyzer => "naive floor",
        EmptyAnalyzer => "empty (same registrations as the floor)",
        FirstDiagnosticPerFileAnalyzer { GeneratedCode: GeneratedCodeAnalysisFlags.None } => "one diagnostic per file (the floor's first report in each file only)",
        FirstDiagnosticPerFileAnalyzer => "one diagnostic per file, generated code flag ReportDiagnostics instead of None",
        _ => analyzer.GetType().Name,
    };

    private static double PerPodSpec(TimeSpan time, int podSpecs) => time.TotalMilliseconds * 1000 / podSpecs;

    internal static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1");

    private static string Ratio(TimeSpan value, TimeSpan baseline) => (value.TotalMilliseconds / Math.Max(baseline.TotalMilliseconds, 0.001)).ToString("F2") + "×";

    internal static string Percent(TimeSpan value, TimeSpan total) => (100 * value.TotalMilliseconds / total.TotalMilliseconds).ToString("F1") + " %";

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
}
