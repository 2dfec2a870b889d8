using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>Aspire.Hosting.Kubernetes's manifest model, matched by metadata name only (never referenced).</summary>
internal static class AspireModel
{
    private const string Resources = "Aspire.Hosting.Kubernetes.Resources.";

    /// <summary>
    /// The YAML model an Aspire app host's Kubernetes environment renders (<c>Aspire.Hosting.Kubernetes.Resources</c>).
    /// Aspire builds the objects itself; the code reaches them in <c>PublishAsKubernetesService</c> callbacks
    /// (<c>r.Workload!.PodTemplate.Spec</c>). Its lists are get-only, and it spells two pod fields <c>HostPid</c> and
    /// <c>HostIpc</c>. Its ServiceAccount has no <c>automountServiceAccountToken</c>: it is not modelled as one (no rule
    /// could ask it, no fix could write it).
    /// </summary>
    public static readonly ObjectModelDescription Model = new(
        name: "Aspire.Hosting.Kubernetes",
        podSpecTypeName: Resources + "PodSpecV1",
        serviceAccountTypeName: null,
        objectMetaTypeName: Resources + "ObjectMetaV1",
        workloadTypes: ImmutableArray.Create(
            new WorkloadType(Resources + "Deployment", "Deployment"),
            new WorkloadType(Resources + "StatefulSet", "StatefulSet")),
        properties: new PropertyNames(
            automountServiceAccountToken: "AutomountServiceAccountToken",
            serviceAccountName: "ServiceAccountName",
            deprecatedServiceAccount: ImmutableArray.Create("ServiceAccount"),
            deprecatedServiceAccountParameter: "serviceAccount",
            metadata: "Metadata",
            name: "Name",
            @namespace: "Namespace"),
        kinds: ImmutableArray.Create(
            new ModelKind(KubernetesObjectKind.ObjectMeta, Resources + "ObjectMetaV1"),
            new ModelKind(KubernetesObjectKind.PodTemplateSpec, Resources + "PodTemplateSpecV1"),
            new ModelKind(KubernetesObjectKind.Container, Resources + "ContainerV1"),
            new ModelKind(KubernetesObjectKind.EphemeralContainer, Resources + "EphemeralContainerV1"),
            new ModelKind(KubernetesObjectKind.PodSecurityContext, Resources + "PodSecurityContextV1"),
            new ModelKind(KubernetesObjectKind.SecurityContext, Resources + "SecurityContextV1"),
            new ModelKind(KubernetesObjectKind.Capabilities, Resources + "CapabilitiesV1"),
            new ModelKind(KubernetesObjectKind.SeccompProfile, Resources + "SeccompProfileV1"),
            new ModelKind(KubernetesObjectKind.AppArmorProfile, Resources + "AppArmorProfileV1"),
            new ModelKind(KubernetesObjectKind.SeLinuxOptions, Resources + "SeLinuxOptionsV1"),
            new ModelKind(KubernetesObjectKind.WindowsSecurityContextOptions, Resources + "WindowsSecurityContextOptionsV1"),
            new ModelKind(KubernetesObjectKind.Sysctl, Resources + "SysctlV1"),
            new ModelKind(KubernetesObjectKind.Volume, Resources + "VolumeV1"),
            new ModelKind(KubernetesObjectKind.HostPathVolumeSource, Resources + "HostPathVolumeSourceV1"),
            new ModelKind(KubernetesObjectKind.ContainerPort, Resources + "ContainerPortV1"),
            new ModelKind(KubernetesObjectKind.Probe, Resources + "ProbeV1"),
            new ModelKind(KubernetesObjectKind.Lifecycle, Resources + "LifecycleV1"),
            new ModelKind(KubernetesObjectKind.LifecycleHandler, Resources + "LifecycleHandlerV1"),
            new ModelKind(KubernetesObjectKind.HttpGetAction, Resources + "HttpGetActionV1"),
            new ModelKind(KubernetesObjectKind.TcpSocketAction, Resources + "TcpSocketActionV1"),
            new ModelKind(KubernetesObjectKind.PodOS, Resources + "PodOsv1"),
            new ModelKind(KubernetesObjectKind.KubernetesEnvironment, "Aspire.Hosting.Kubernetes.KubernetesEnvironmentResource")),
        fieldNames: ImmutableArray.Create(
            new FieldName(new KubernetesField(KubernetesObjectKind.PodSpec, "hostPID"), "HostPid"),
            new FieldName(new KubernetesField(KubernetesObjectKind.PodSpec, "hostIPC"), "HostIpc")));
}
