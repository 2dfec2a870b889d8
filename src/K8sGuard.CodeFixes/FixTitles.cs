namespace K8sGuard.CodeFixes;

/// <summary>Titles shared by the fixes, so the same action reads the same everywhere.</summary>
internal static class FixTitles
{
    public const string DisableAutomount = "Disable service account token automounting";

    public const string KeepToken = "Keep the token (this pod calls the Kubernetes API)";

    public const string PublishWithoutToken = "Disable token automounting in a PublishAsKubernetesService callback";

    public const string HardenPublishedPod = "Harden this resource's pod in a PublishAsKubernetesService callback";

    public const string DisallowPrivilegeEscalation = "Set AllowPrivilegeEscalation = false";

    public const string RunAsNonRoot = "Set RunAsNonRoot = true on the pod";

    public const string RuntimeDefaultSeccomp = "Use the RuntimeDefault seccomp profile for the pod";

    public const string DropAllCapabilities = "Drop ALL capabilities";

    public const string HardenPod = "Harden this pod (every restricted Pod Security fix)";
}
