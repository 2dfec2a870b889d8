using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Benchmarks;

/// <summary>
/// Runs a measured analyzer unchanged and adds up the GC pauses that fall inside its callbacks. A pause stops every
/// thread, so the driver's telemetry counts one that starts during a callback in full as that analyzer's time, although
/// the compiler thread's allocations trigger nearly all of them (a run allocates about 1 GB; the analyzers' callbacks
/// a few per cent of it). A thread cannot enter a callback during a pause, so the pause time that elapses between a
/// callback's entry and exit is exactly the part of the telemetry that was spent stopped.
/// </summary>
/// <remarks>
/// Wraps the registrations the measured analyzers make: compilation start, and the actions registered there. Other
/// registrations in <c>Initialize</c>, and the nested start actions (code block, operation block, symbol start), would
/// need wrapping of their own; no measured analyzer makes them, and making one throws rather than being measured
/// without its pauses.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PauseAccountingAnalyzer : DiagnosticAnalyzer
{
    private long _pauseTicks;

    public PauseAccountingAnalyzer(DiagnosticAnalyzer measured) => Measured = measured;

    public DiagnosticAnalyzer Measured { get; }

    /// <summary>GC pause time that elapsed inside the measured analyzer's callbacks.</summary>
    public TimeSpan PausesInCallbacks => TimeSpan.FromTicks(Interlocked.Read(ref _pauseTicks));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Measured.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => Measured.Initialize(new Context(context, this));

    private Action<T> Counted<T>(Action<T> action) => argument =>
    {
        var before = GC.GetTotalPauseDuration();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref _pauseTicks, (GC.GetTotalPauseDuration() - before).Ticks);
        }
    };

    private static NotSupportedException NotMeasured(string registration)
        => new($"{registration}: not wrapped by the benchmark (see {nameof(PauseAccountingAnalyzer)})");

    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext _inner;
        private readonly PauseAccountingAnalyzer _owner;

        public Context(AnalysisContext inner, PauseAccountingAnalyzer owner)
        {
            _inner = inner;
            _owner = owner;
        }

        public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => _inner.RegisterCompilationStartAction(_owner.Counted<CompilationStartAnalysisContext>(start => action(new StartContext(start, _owner))));

        // The measured analyzers register everything else at compilation start (each resolves its types first).
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw NotMeasured(nameof(RegisterCompilationAction));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw NotMeasured(nameof(RegisterSemanticModelAction));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw NotMeasured(nameof(RegisterSymbolAction));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw NotMeasured(nameof(RegisterCodeBlockStartAction));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw NotMeasured(nameof(RegisterCodeBlockAction));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw NotMeasured(nameof(RegisterSyntaxTreeAction));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => throw NotMeasured(nameof(RegisterSyntaxNodeAction));
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _inner;
        private readonly PauseAccountingAnalyzer _owner;

#pragma warning disable RS1012 // The measured analyzer registers its actions through this wrapper, which forwards them to `inner`.
        public StartContext(CompilationStartAnalysisContext inner, PauseAccountingAnalyzer owner)
#pragma warning restore RS1012
            : base(inner.Compilation, inner.Options, inner.CancellationToken)
        {
            _inner = inner;
            _owner = owner;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(_owner.Counted(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(_owner.Counted(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(_owner.Counted(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw NotMeasured(nameof(RegisterCodeBlockStartAction));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(_owner.Counted(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(_owner.Counted(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(_owner.Counted(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _inner.RegisterOperationAction(_owner.Counted(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw NotMeasured(nameof(RegisterOperationBlockStartAction));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(_owner.Counted(action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw NotMeasured(nameof(RegisterSymbolStartAction));
    }
}
