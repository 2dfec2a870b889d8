namespace K8sGuard.CodeFixes;

/// <summary>Titles shared by the fixes, so the same action reads the same everywhere.</summary>
internal static class FixTitles
{
    public const string DisableAutomount = "Disable service account token automounting";

    public const string KeepToken = "Keep the token (this pod calls the Kubernetes API)";
}
