using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0105: a volume sets <c>HostPath</c> (PSS baseline, hostPath volumes); or an Aspire Kubernetes environment's
/// <c>DefaultStorageType</c> is <c>"hostpath"</c>, which renders every resource volume as one. No automatic fix: the
/// replacement depends on what the pod needs.
/// </summary>
internal sealed class K8S0105HostPathVolume : FieldValueRule
{
    public const string Id = "K8S0105";

    private static readonly KubernetesField VolumeHostPath = new(KubernetesObjectKind.Volume, "hostPath");
    private static readonly KubernetesField DefaultStorageType = new(KubernetesObjectKind.KubernetesEnvironment, "defaultStorageType");

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

    /// <summary>The message for an Aspire environment that renders every volume as hostPath.</summary>
    public static readonly DiagnosticDescriptor EnvironmentRule = RuleDescriptors.Create(
        Id,
        title: "Pod mounts a hostPath volume",
        messageFormat: "{0} renders every resource's volume as a hostPath volume (DefaultStorageType = \"{1}\")",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: Rule.Description.ToString());

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(VolumeHostPath);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        // Only a source the code creates is known to be set: a variable may hold null.
        if (write.Value.WalkDownConversions() is Microsoft.CodeAnalysis.Operations.IObjectCreationOperation && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None);
        }
    }

    /// <summary><c>env.DefaultStorageType = "hostpath"</c> in an Aspire app host, on the assignment.</summary>
    internal sealed class Environment : FieldValueRule
    {
        public override DiagnosticDescriptor Descriptor => EnvironmentRule;

        public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(DefaultStorageType);

        public override void Analyze(FieldWrite write, FieldRuleContext context)
        {
            // Aspire compares the setting case-insensitively.
            if (write.Constant is string storage && string.Equals(storage, "hostpath", System.StringComparison.OrdinalIgnoreCase) && write.IsFinal)
            {
                context.Report(EnvironmentRule, write.Syntax, FixAction.None, storage);
            }
        }
    }
}
