using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>Pulumi.Kubernetes's input types, matched by metadata name only (never referenced).</summary>
internal static class PulumiModel
{
    /// <summary>
    /// Pulumi.Kubernetes (C#): resources take <c>…Args</c> input types whose properties are <c>Input&lt;T&gt;</c>.
    /// Only the <c>Types.Inputs</c> args are matched: <c>…PatchArgs</c> (unset means "leave unchanged") and the
    /// read-only <c>Types.Outputs</c> classes are other types and are never reported.
    /// </summary>
    public static readonly ObjectModelDescription Model = new(
        name: "Pulumi.Kubernetes",
        podSpecTypeName: "Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs",
        serviceAccountTypeName: "Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs",
        objectMetaTypeName: "Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs",
        workloadTypes: ImmutableArray.Create(
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Core.V1.PodArgs", "Pod"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateArgs", "PodTemplate"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Core.V1.ReplicationControllerArgs", "ReplicationController"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs", "Deployment"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1.StatefulSetArgs", "StatefulSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1.DaemonSetArgs", "DaemonSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1.ReplicaSetArgs", "ReplicaSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1.DeploymentArgs", "Deployment"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1.StatefulSetArgs", "StatefulSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta2.DeploymentArgs", "Deployment"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta2.StatefulSetArgs", "StatefulSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta2.DaemonSetArgs", "DaemonSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta2.ReplicaSetArgs", "ReplicaSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Extensions.V1Beta1.DeploymentArgs", "Deployment"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Extensions.V1Beta1.DaemonSetArgs", "DaemonSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Extensions.V1Beta1.ReplicaSetArgs", "ReplicaSet"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Batch.V1.JobArgs", "Job"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Batch.V1.CronJobArgs", "CronJob"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Batch.V1Beta1.CronJobArgs", "CronJob"),
            new WorkloadType("Pulumi.Kubernetes.Types.Inputs.Batch.V2Alpha1.CronJobArgs", "CronJob")),
        properties: new PropertyNames(
            automountServiceAccountToken: "AutomountServiceAccountToken",
            serviceAccountName: "ServiceAccountName",
            deprecatedServiceAccount: ImmutableArray.Create("ServiceAccount"),
            deprecatedServiceAccountParameter: "serviceAccount",
            metadata: "Metadata",
            name: "Name",
            @namespace: "Namespace"),
        kinds: ImmutableArray.Create(
            new ModelKind(KubernetesObjectKind.ObjectMeta, "Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs"),
            new ModelKind(KubernetesObjectKind.PodTemplateSpec, "Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateSpecArgs"),
            new ModelKind(KubernetesObjectKind.Container, "Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs"),
            new ModelKind(KubernetesObjectKind.EphemeralContainer, "Pulumi.Kubernetes.Types.Inputs.Core.V1.EphemeralContainerArgs"),
            new ModelKind(KubernetesObjectKind.PodSecurityContext, "Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSecurityContextArgs"),
            new ModelKind(KubernetesObjectKind.SecurityContext, "Pulumi.Kubernetes.Types.Inputs.Core.V1.SecurityContextArgs"),
            new ModelKind(KubernetesObjectKind.Capabilities, "Pulumi.Kubernetes.Types.Inputs.Core.V1.CapabilitiesArgs"),
            new ModelKind(KubernetesObjectKind.SeccompProfile, "Pulumi.Kubernetes.Types.Inputs.Core.V1.SeccompProfileArgs"),
            new ModelKind(KubernetesObjectKind.AppArmorProfile, "Pulumi.Kubernetes.Types.Inputs.Core.V1.AppArmorProfileArgs"),
            new ModelKind(KubernetesObjectKind.SeLinuxOptions, "Pulumi.Kubernetes.Types.Inputs.Core.V1.SELinuxOptionsArgs"),
            new ModelKind(KubernetesObjectKind.WindowsSecurityContextOptions, "Pulumi.Kubernetes.Types.Inputs.Core.V1.WindowsSecurityContextOptionsArgs"),
            new ModelKind(KubernetesObjectKind.Sysctl, "Pulumi.Kubernetes.Types.Inputs.Core.V1.SysctlArgs"),
            new ModelKind(KubernetesObjectKind.Volume, "Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeArgs"),
            new ModelKind(KubernetesObjectKind.HostPathVolumeSource, "Pulumi.Kubernetes.Types.Inputs.Core.V1.HostPathVolumeSourceArgs"),
            new ModelKind(KubernetesObjectKind.ContainerPort, "Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerPortArgs"),
            new ModelKind(KubernetesObjectKind.Probe, "Pulumi.Kubernetes.Types.Inputs.Core.V1.ProbeArgs"),
            new ModelKind(KubernetesObjectKind.Lifecycle, "Pulumi.Kubernetes.Types.Inputs.Core.V1.LifecycleArgs"),
            new ModelKind(KubernetesObjectKind.LifecycleHandler, "Pulumi.Kubernetes.Types.Inputs.Core.V1.LifecycleHandlerArgs"),
            new ModelKind(KubernetesObjectKind.HttpGetAction, "Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPGetActionArgs"),
            new ModelKind(KubernetesObjectKind.TcpSocketAction, "Pulumi.Kubernetes.Types.Inputs.Core.V1.TCPSocketActionArgs"),
            new ModelKind(KubernetesObjectKind.PodOS, "Pulumi.Kubernetes.Types.Inputs.Core.V1.PodOSArgs")),
        fieldNames: ImmutableArray.Create(
            new FieldName(new KubernetesField(KubernetesObjectKind.ContainerPort, "containerPort"), "ContainerPortValue")),
        serviceAccountResourceTypeName: "Pulumi.Kubernetes.Core.V1.ServiceAccount");
}
