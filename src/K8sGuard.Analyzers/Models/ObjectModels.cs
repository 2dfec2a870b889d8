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

    public static readonly ImmutableArray<ObjectModelDescription> All = ImmutableArray.Create(KubernetesClient);
}
