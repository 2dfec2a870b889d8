namespace K8sGuard.Analyzers.Models;

/// <summary>Pod spec property names shared by every supported object model.</summary>
internal static class PodSpecProperties
{
    public const string AutomountServiceAccountToken = "AutomountServiceAccountToken";
}
