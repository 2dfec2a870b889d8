using System.Collections.Generic;
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
/// The one analyzer behind every K8sGuard rule. Per operation block (method, accessor, field initializer,
/// top-level program) it collects the Kubernetes objects the code creates and the later assignments to
/// their properties in a single pass, then gives each object to the rules that apply to it. Nothing is
/// registered for compilations without a Kubernetes object model.
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

            start.RegisterOperationBlockStartAction(block => new BlockAnalysis(compilation).Register(block));
        });
    }

    private sealed class BlockAnalysis
    {
        private readonly KubernetesCompilation _compilation;
        private readonly BlockFlow _flow = new();
        private readonly List<CreatedObject> _created = new();

        public BlockAnalysis(KubernetesCompilation compilation) => _compilation = compilation;

        public void Register(OperationBlockStartAnalysisContext block)
        {
            block.RegisterOperationAction(OnCreation, OperationKind.ObjectCreation);
            block.RegisterOperationAction(
                context => _flow.RecordAssignment((IAssignmentOperation)context.Operation, _compilation.IsTrackedProperty),
                OperationKind.SimpleAssignment,
                OperationKind.CoalesceAssignment);
            block.RegisterOperationAction(context => _flow.RecordDeclarator((IVariableDeclaratorOperation)context.Operation), OperationKind.VariableDeclarator);
            block.RegisterOperationAction(context => _flow.RecordArgument((IArgumentOperation)context.Operation), OperationKind.Argument);
            block.RegisterOperationBlockEndAction(OnBlockEnd);
        }

        private void OnCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = _compilation.Types.Classify(creation.Type);
            if (type.Kind == KubernetesObjectKind.None)
            {
                return;
            }

            lock (_created)
            {
                _created.Add(new CreatedObject(creation, type, _flow, _compilation.ProjectAssignments, context.CancellationToken));
            }
        }

        private void OnBlockEnd(OperationBlockAnalysisContext context)
        {
            var rules = new RuleContext(_compilation, context);
            foreach (var created in _created)
            {
                foreach (var rule in Rules)
                {
                    if (rule.AppliesTo == created.Kind)
                    {
                        rule.Analyze(created, rules);
                    }
                }
            }
        }
    }
}
