using System.Collections.Immutable;
using System.Linq;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0201: a volume uses a source the restricted profile does not allow (PSS restricted, volume types): anything but
/// configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. hostPath stays
/// K8S0105's (baseline). No automatic fix: what replaces the volume depends on the data.
/// </summary>
internal sealed class K8S0201RestrictedVolumeType : FieldValueRule
{
    public const string Id = "K8S0201";

    // The volume sources of the core/v1 Volume outside the restricted profile's list, by their Kubernetes names.
    private static readonly ImmutableArray<string> NotAllowed = ImmutableArray.Create(
        "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "fc", "flexVolume", "flocker", "gcePersistentDisk",
        "gitRepo", "glusterfs", "iscsi", "nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO", "storageos",
        "vsphereVolume");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Volume type outside the restricted profile",
        messageFormat: "{0} mounts a volume of type '{1}', which the restricted Pod Security Standard does not allow",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        description: "The restricted Pod Security Standard allows only volumes whose data Kubernetes itself provides or a CSI driver "
            + "mounts: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. The "
            + "in-tree network and cloud volume types (nfs, iscsi, rbd, gitRepo, …) are mounted by the node with the node's own "
            + "credentials and tools; use a persistent volume claim instead.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } =
        NotAllowed.Select(name => new KubernetesField(KubernetesObjectKind.Volume, name)).ToImmutableArray();

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        // Only a source the code creates is known to be set: a variable may hold null.
        if (write.Value.WalkDownConversions() is Microsoft.CodeAnalysis.Operations.IObjectCreationOperation && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None, write.Field.Name);
        }
    }
}
