using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>What a pod spec, as the code finishes it, says about the exemptions of the Pod Security controls.</summary>
internal static class PodFacts
{
    private static readonly KubernetesField OsName = new(KubernetesObjectKind.PodOS, "name");

    private static readonly KubernetesField PodOs = new(KubernetesObjectKind.PodSpec, "os");

    /// <summary>True when the pod ends with <c>HostUsers = false</c>: it runs in its own user namespace.</summary>
    public static bool RunsInOwnUserNamespace(CreatedObject pod)
        => pod.Final(pod.Model.PropertyOf(KubernetesFields.HostUsers)) is { Kind: PropertyValueKind.Constant, Constant: false };

    /// <summary>
    /// True when the pod ends with <c>Os.Name = "windows"</c>: a Windows pod, exempt from the restricted privilege-escalation,
    /// capabilities and seccomp controls (Linux features). Compared as Pod Security does, exactly.
    /// </summary>
    public static bool IsWindows(CreatedObject pod)
        => pod.FinalString(pod.Model.PropertyOf(PodOs) + "." + pod.Model.PropertyOf(OsName)) == "windows";
}
