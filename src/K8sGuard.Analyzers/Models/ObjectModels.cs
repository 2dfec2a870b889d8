using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>The object models K8sGuard recognises, matched by metadata name only (never referenced).</summary>
internal static class ObjectModels
{
    /// <summary>
    /// KubernetesClient, KubernetesClient.Aot and the older KubernetesClient.Models all declare <c>k8s.Models</c>;
    /// the record era (v18+) and the class era (up to v17) share type and property names.
    /// </summary>
    public static readonly ObjectModelDescription KubernetesClient = new(
        name: "KubernetesClient",
        podSpecTypeName: "k8s.Models.V1PodSpec",
        serviceAccountTypeName: "k8s.Models.V1ServiceAccount",
        objectMetaTypeName: "k8s.Models.V1ObjectMeta",
        workloadTypes: ImmutableArray.Create(
            new WorkloadType("k8s.Models.V1Pod", "Pod"),
            new WorkloadType("k8s.Models.V1PodTemplate", "PodTemplate"),
            new WorkloadType("k8s.Models.V1Deployment", "Deployment"),
            new WorkloadType("k8s.Models.V1StatefulSet", "StatefulSet"),
            new WorkloadType("k8s.Models.V1DaemonSet", "DaemonSet"),
            new WorkloadType("k8s.Models.V1ReplicaSet", "ReplicaSet"),
            new WorkloadType("k8s.Models.V1ReplicationController", "ReplicationController"),
            new WorkloadType("k8s.Models.V1Job", "Job"),
            new WorkloadType("k8s.Models.V1CronJob", "CronJob"),
            new WorkloadType("k8s.Models.V1beta1CronJob", "CronJob")),
        properties: new PropertyNames(
            automountServiceAccountToken: "AutomountServiceAccountToken",
            serviceAccountName: "ServiceAccountName",
            deprecatedServiceAccount: ImmutableArray.Create("ServiceAccount", "DeprecatedServiceAccount"),
            deprecatedServiceAccountParameter: "serviceAccount",
            metadata: "Metadata",
            name: "Name",
            @namespace: "NamespaceProperty"));

    /// <summary>
    /// Pulumi.Kubernetes (C#): resources take <c>…Args</c> input types whose properties are <c>Input&lt;T&gt;</c>.
    /// Only the <c>Types.Inputs</c> args are matched: <c>…PatchArgs</c> (unset means "leave unchanged") and the
    /// read-only <c>Types.Outputs</c> classes are other types and are never reported.
    /// </summary>
    public static readonly ObjectModelDescription Pulumi = new(
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
        serviceAccountResourceTypeName: "Pulumi.Kubernetes.Core.V1.ServiceAccount");

    public static readonly ImmutableArray<ObjectModelDescription> All = ImmutableArray.Create(KubernetesClient, Pulumi);
}
