using System;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// One field of one kind of Kubernetes object, by its Kubernetes (JSON) name: <c>securityContext.privileged</c> is
/// <c>(SecurityContext, "privileged")</c>. The model of each library says which property and constructor parameter carry it.
/// </summary>
internal readonly struct KubernetesField : IEquatable<KubernetesField>
{
    public KubernetesField(KubernetesObjectKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public KubernetesObjectKind Kind { get; }

    /// <summary>The field's name in the Kubernetes API (camelCase, as in YAML).</summary>
    public string Name { get; }

    public bool Equals(KubernetesField other) => Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is KubernetesField other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Kind + "." + Name;
}

/// <summary>The fields K8sGuard's rules read, one line each; the models derive their property names from these.</summary>
internal static class KubernetesFields
{
    public static readonly KubernetesField HostNetwork = new(KubernetesObjectKind.PodSpec, "hostNetwork");
    public static readonly KubernetesField HostPid = new(KubernetesObjectKind.PodSpec, "hostPID");
    public static readonly KubernetesField HostIpc = new(KubernetesObjectKind.PodSpec, "hostIPC");
    public static readonly KubernetesField HostUsers = new(KubernetesObjectKind.PodSpec, "hostUsers");
    public static readonly KubernetesField Privileged = new(KubernetesObjectKind.SecurityContext, "privileged");
    public static readonly KubernetesField ProcMount = new(KubernetesObjectKind.SecurityContext, "procMount");
    public static readonly KubernetesField CapabilitiesAdd = new(KubernetesObjectKind.Capabilities, "add");
    public static readonly KubernetesField HostProcess = new(KubernetesObjectKind.WindowsSecurityContextOptions, "hostProcess");
    public static readonly KubernetesField SeccompProfileType = new(KubernetesObjectKind.SeccompProfile, "type");
    public static readonly KubernetesField AppArmorProfileType = new(KubernetesObjectKind.AppArmorProfile, "type");
    public static readonly KubernetesField SeLinuxType = new(KubernetesObjectKind.SeLinuxOptions, "type");
    public static readonly KubernetesField SeLinuxUser = new(KubernetesObjectKind.SeLinuxOptions, "user");
    public static readonly KubernetesField SeLinuxRole = new(KubernetesObjectKind.SeLinuxOptions, "role");
    public static readonly KubernetesField SysctlName = new(KubernetesObjectKind.Sysctl, "name");
    public static readonly KubernetesField VolumeHostPath = new(KubernetesObjectKind.Volume, "hostPath");
    public static readonly KubernetesField HostPort = new(KubernetesObjectKind.ContainerPort, "hostPort");
    public static readonly KubernetesField HttpGetHost = new(KubernetesObjectKind.HttpGetAction, "host");
    public static readonly KubernetesField TcpSocketHost = new(KubernetesObjectKind.TcpSocketAction, "host");
    public static readonly KubernetesField Annotations = new(KubernetesObjectKind.ObjectMeta, "annotations");
    public static readonly KubernetesField ContainerName = new(KubernetesObjectKind.Container, "name");
    public static readonly KubernetesField EphemeralContainerName = new(KubernetesObjectKind.EphemeralContainer, "name");
}
