using System.Collections.Immutable;
using System.Linq;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers;

/// <summary>
/// The one analyzer behind every K8sGuard rule. It is called back for object creations only, like the cheapest
/// possible detector; a creation of a Kubernetes object is handed to the rules that apply to it. What later
/// statements do to the object is read from the flow of its operation block, which is built on first need and
/// shared by the block's other objects. Nothing is registered for compilations without a Kubernetes object model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesObjectAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<KubernetesRule> Rules = ImmutableArray.Create<KubernetesRule>(
        new PodSpecTokenAutomountRule(),
        new ServiceAccountTokenAutomountRule(),
        new DefaultServiceAccountTokenRule());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(r => r.Descriptor).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var compilation = KubernetesCompilation.Create(start.Compilation);
            if (compilation is null)
            {
                return;
            }

            start.RegisterOperationAction(context => AnalyzeCreation(context, compilation), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, KubernetesCompilation compilation)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var type = compilation.Types.Classify(creation.Type);
        if (type.Kind == KubernetesObjectKind.None)
        {
            return;
        }

        var created = new CreatedObject(creation, type, compilation.LaterWrites, context.CancellationToken);
        var rules = new RuleContext(compilation, context);
        foreach (var rule in Rules)
        {
            if (rule.AppliesTo == type.Kind)
            {
                rule.Analyze(created, rules);
            }
        }
    }
}
