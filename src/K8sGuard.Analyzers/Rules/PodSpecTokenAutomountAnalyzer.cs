using System.Collections.Generic;
using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// K8S0001: a pod spec the code creates leaves <c>AutomountServiceAccountToken</c> unset, so Kubernetes
/// mounts the service account token into every container of the pod.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PodSpecTokenAutomountAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount,
        title: "Pod spec does not disable service account token automounting",
        messageFormat: "{0} leaves AutomountServiceAccountToken unset, so the service account token is mounted into every container",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "Kubernetes mounts the service account token into every container unless the pod spec sets "
            + "automountServiceAccountToken. Any process in the pod can then call the API server. Set it to false, "
            + "or to true for workloads that call the Kubernetes API.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var types = KubernetesTypes.Resolve(start.Compilation);
            if (types is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block => new BlockAnalysis(types).Register(block));
        });
    }

    /// <summary>Collects one operation block's pod spec creations and later assignments, then reports.</summary>
    private sealed class BlockAnalysis
    {
        private readonly KubernetesTypes _types;
        private readonly AssignedPathIndex _assigned = new();
        private readonly List<IObjectCreationOperation> _creations = new();

        public BlockAnalysis(KubernetesTypes types) => _types = types;

        public void Register(OperationBlockStartAnalysisContext block)
        {
            block.RegisterOperationAction(OnCreation, OperationKind.ObjectCreation);
            block.RegisterOperationAction(
                context => _assigned.Record((IAssignmentOperation)context.Operation, IsAutomountProperty),
                OperationKind.SimpleAssignment,
                OperationKind.CoalesceAssignment);
            block.RegisterOperationBlockEndAction(OnBlockEnd);
        }

        private void OnCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!_types.IsPodSpec(creation.Type)
                || CreationPropertyReader.Read(creation, PodSpecProperties.AutomountServiceAccountToken).IsSet)
            {
                return;
            }

            lock (_creations)
            {
                _creations.Add(creation);
            }
        }

        private void OnBlockEnd(OperationBlockAnalysisContext context)
        {
            foreach (var creation in _creations)
            {
                var site = CreationSite.Find(creation);
                if (site.Storage is { } storage && _assigned.Contains(storage))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    creation.Syntax.GetCreationTypeLocation(),
                    WorkloadDescriber.DescribePodSpec(site, _types)));
            }
        }

        private bool IsAutomountProperty(IPropertySymbol property)
            => property.Name == PodSpecProperties.AutomountServiceAccountToken && _types.IsPodSpec(property.ContainingType);
    }
}
