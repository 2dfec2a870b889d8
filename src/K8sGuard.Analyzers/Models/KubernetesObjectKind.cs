namespace K8sGuard.Analyzers.Models;

/// <summary>
/// The kinds of Kubernetes objects K8sGuard knows, whatever the library calls them. Every object model maps its
/// types onto these (<see cref="ObjectModelDescription.Kinds"/>); a rule names the kind and field it reads.
/// </summary>
internal enum KubernetesObjectKind
{
    None,
    PodSpec,
    ServiceAccount,
    ObjectMeta,
    PodTemplateSpec,
    Container,
    EphemeralContainer,
    PodSecurityContext,
    SecurityContext,
    Capabilities,
    SeccompProfile,
    AppArmorProfile,
    SeLinuxOptions,
    WindowsSecurityContextOptions,
    Sysctl,
    Volume,
    HostPathVolumeSource,
    ContainerPort,
    Probe,
    Lifecycle,
    LifecycleHandler,
    HttpGetAction,
    TcpSocketAction,
    PodOS,

    /// <summary>An Aspire app host's Kubernetes environment: settings it applies to every resource it renders.</summary>
    KubernetesEnvironment,
}
