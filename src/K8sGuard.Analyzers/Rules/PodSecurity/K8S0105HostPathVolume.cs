using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0105: a volume sets <c>HostPath</c> (PSS baseline, hostPath volumes). No automatic fix: the replacement depends on what the pod needs.</summary>
internal sealed class K8S0105HostPathVolume : FieldValueRule
{
    public const string Id = "K8S0105";

    private static readonly KubernetesField VolumeHostPath = new(KubernetesObjectKind.Volume, "hostPath");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Pod mounts a hostPath volume",
        messageFormat: "{0} mounts a directory of the node as a hostPath volume",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "A hostPath volume gives the pod a directory of the node's file system: the container runtime's socket, the "
            + "kubelet's credentials or /etc are one path away, and writes survive the pod. The baseline Pod Security Standard forbids "
            + "hostPath volumes; use emptyDir, a ConfigMap, a Secret or a persistent volume claim.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(VolumeHostPath);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        // Only a source the code creates is known to be set: a variable may hold null.
        if (write.Value.WalkDownConversions() is Microsoft.CodeAnalysis.Operations.IObjectCreationOperation && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None);
        }
    }
}
