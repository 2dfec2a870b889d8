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

/// <summary>
/// The fields the engine and more than one rule read (what a pod is, what names a container). A rule declares the
/// fields only it reads in its own file; the models derive the property and parameter names from the Kubernetes name.
/// </summary>
internal static class KubernetesFields
{
    public static readonly KubernetesField HostUsers = new(KubernetesObjectKind.PodSpec, "hostUsers");
    public static readonly KubernetesField ContainerName = new(KubernetesObjectKind.Container, "name");
    public static readonly KubernetesField EphemeralContainerName = new(KubernetesObjectKind.EphemeralContainer, "name");
    public static readonly KubernetesField PodSecurityContext = new(KubernetesObjectKind.PodSpec, "securityContext");
    public static readonly KubernetesField ContainerSecurityContext = new(KubernetesObjectKind.Container, "securityContext");
}
