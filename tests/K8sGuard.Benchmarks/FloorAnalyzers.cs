using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Benchmarks;

/// <summary>
/// The floor: the cheapest detector that could claim to do K8S0001's job. Called back for every object creation,
/// it checks the type and looks only at the creation's own initializer, and nothing more.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NaiveFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "FLOOR001", "Naive pod spec check", "Pod spec leaves AutomountServiceAccountToken unset", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
        => PodSpecCreations.Register(context, () => static (operation, creation) =>
        {
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AutomountServiceAccountToken" } })
                    {
                        return;
                    }
                }
            }

            operation.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation()));
        });
}

/// <summary>Registers what the floor registers and does nothing: the cost of being called at all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "EMPTY001", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("k8s.Models.V1PodSpec") is null)
            {
                return;
            }

            start.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation);
        });
    }
}

/// <summary>
/// Reports the first pod spec of each file and nothing else: what the driver charges for a file's first diagnostic
/// (with <see cref="GeneratedCodeAnalysisFlags.None"/> it walks the whole file once, looking for generated-code
/// attributes, before it accepts a diagnostic there). Every analyzer that reports in every file pays it, the floor
/// and K8sGuard alike; this row says how much of their time it is. Made with
/// <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> instead, it shows whether that flag spares the walk.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FirstDiagnosticPerFileAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "FIRST001", "First pod spec of a file", "First pod spec of the file", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public FirstDiagnosticPerFileAnalyzer()
        : this(GeneratedCodeAnalysisFlags.None)
    {
    }

    public FirstDiagnosticPerFileAnalyzer(GeneratedCodeAnalysisFlags generatedCode) => GeneratedCode = generatedCode;

    public GeneratedCodeAnalysisFlags GeneratedCode { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
        => PodSpecCreations.Register(context, GeneratedCode, () =>
        {
            // Per compilation: the driver may analyse the same files again in a later compilation.
            var reported = new System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, bool>();
            return (operation, creation) =>
            {
                if (reported.TryAdd(creation.Syntax.SyntaxTree, true))
                {
                    operation.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation()));
                }
            };
        });
}

/// <summary>
/// What the floor and the one-per-file analyzer share: the same configuration, and a callback for each creation of
/// <c>V1PodSpec</c> (made once per compilation by <c>perCompilation</c>), nothing else.
/// </summary>
internal static class PodSpecCreations
{
    public static void Register(AnalysisContext context, Func<Action<OperationAnalysisContext, IObjectCreationOperation>> perCompilation)
        => Register(context, GeneratedCodeAnalysisFlags.None, perCompilation);

    public static void Register(AnalysisContext context, GeneratedCodeAnalysisFlags generatedCode, Func<Action<OperationAnalysisContext, IObjectCreationOperation>> perCompilation)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(generatedCode);
        context.RegisterCompilationStartAction(start =>
        {
            var podSpec = start.Compilation.GetTypeByMetadataName("k8s.Models.V1PodSpec");
            if (podSpec is null)
            {
                return;
            }

            var onPodSpec = perCompilation();
            start.RegisterOperationAction(
                operation =>
                {
                    var creation = (IObjectCreationOperation)operation.Operation;
                    if (SymbolEqualityComparer.Default.Equals(creation.Type, podSpec))
                    {
                        onPodSpec(operation, creation);
                    }
                },
                OperationKind.ObjectCreation);
        });
    }
}
