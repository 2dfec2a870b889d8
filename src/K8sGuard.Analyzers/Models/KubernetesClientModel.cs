using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>KubernetesClient's object model, matched by metadata name only (never referenced).</summary>
internal static class KubernetesClientModel
{
    /// <summary>
    /// KubernetesClient, KubernetesClient.Aot and the older KubernetesClient.Models all declare <c>k8s.Models</c>;
    /// the record era (v18+) and the class era (up to v17) share type and property names.
    /// </summary>
    public static readonly ObjectModelDescription Model = new(
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
            @namespace: "NamespaceProperty"),
        kinds: ImmutableArray.Create(
            new ModelKind(KubernetesObjectKind.ObjectMeta, "k8s.Models.V1ObjectMeta"),
            new ModelKind(KubernetesObjectKind.PodTemplateSpec, "k8s.Models.V1PodTemplateSpec"),
            new ModelKind(KubernetesObjectKind.Container, "k8s.Models.V1Container"),
            new ModelKind(KubernetesObjectKind.EphemeralContainer, "k8s.Models.V1EphemeralContainer"),
            new ModelKind(KubernetesObjectKind.PodSecurityContext, "k8s.Models.V1PodSecurityContext"),
            new ModelKind(KubernetesObjectKind.SecurityContext, "k8s.Models.V1SecurityContext"),
            new ModelKind(KubernetesObjectKind.Capabilities, "k8s.Models.V1Capabilities"),
            new ModelKind(KubernetesObjectKind.SeccompProfile, "k8s.Models.V1SeccompProfile"),
            new ModelKind(KubernetesObjectKind.AppArmorProfile, "k8s.Models.V1AppArmorProfile"),
            new ModelKind(KubernetesObjectKind.SeLinuxOptions, "k8s.Models.V1SELinuxOptions"),
            new ModelKind(KubernetesObjectKind.WindowsSecurityContextOptions, "k8s.Models.V1WindowsSecurityContextOptions"),
            new ModelKind(KubernetesObjectKind.Sysctl, "k8s.Models.V1Sysctl"),
            new ModelKind(KubernetesObjectKind.Volume, "k8s.Models.V1Volume"),
            new ModelKind(KubernetesObjectKind.HostPathVolumeSource, "k8s.Models.V1HostPathVolumeSource"),
            new ModelKind(KubernetesObjectKind.ContainerPort, "k8s.Models.V1ContainerPort"),
            new ModelKind(KubernetesObjectKind.Probe, "k8s.Models.V1Probe"),
            new ModelKind(KubernetesObjectKind.Lifecycle, "k8s.Models.V1Lifecycle"),
            new ModelKind(KubernetesObjectKind.LifecycleHandler, "k8s.Models.V1LifecycleHandler"),
            // Before Kubernetes 1.23 (KubernetesClient 7) the lifecycle handler type was called V1Handler.
            new ModelKind(KubernetesObjectKind.LifecycleHandler, "k8s.Models.V1Handler"),
            new ModelKind(KubernetesObjectKind.HttpGetAction, "k8s.Models.V1HTTPGetAction"),
            new ModelKind(KubernetesObjectKind.TcpSocketAction, "k8s.Models.V1TCPSocketAction"),
            new ModelKind(KubernetesObjectKind.PodOS, "k8s.Models.V1PodOS")),
        fieldNames: ImmutableArray.Create(
            new FieldName(new KubernetesField(KubernetesObjectKind.ObjectMeta, "namespace"), "NamespaceProperty", "namespaceProperty")));
}
