namespace K8sGuard.Analyzers;

/// <summary>Every rule id K8sGuard reports, in one place, and the help link each one gets.</summary>
public static class RuleIdentifiers
{
    public const string PodSpecDoesNotDisableTokenAutomount = "K8S0001";
    public const string ServiceAccountDoesNotDisableTokenAutomount = "K8S0002";
    public const string PodMountsDefaultServiceAccountToken = "K8S0003";

    public const string HostProcess = "K8S0101";
    public const string HostNamespaces = "K8S0102";
    public const string PrivilegedContainer = "K8S0103";
    public const string CapabilitiesBeyondBaseline = "K8S0104";
    public const string HostPathVolume = "K8S0105";
    public const string HostPort = "K8S0106";
    public const string AppArmorProfile = "K8S0107";
    public const string SeLinuxOptions = "K8S0108";
    public const string ProcMount = "K8S0109";
    public const string UnconfinedSeccompProfile = "K8S0110";
    public const string UnsafeSysctl = "K8S0111";
    public const string HostInProbe = "K8S0112";

    private const string DocsBaseUri = "https://github.com/k8sguard/K8sGuard.Analyzers/blob/main/docs/rules/";

    /// <summary>The tag every K8sGuard diagnostic carries, beside its category and area.</summary>
    public const string KubernetesTag = "Kubernetes";

    public static string GetHelpUri(string ruleId) => DocsBaseUri + ruleId + ".md";

    /// <summary>The area a rule belongs to, from its id's range (K8S00xx, K8S01xx, K8S02xx, K8S03xx).</summary>
    public static string GetArea(string ruleId) => ruleId.Substring(0, 5) switch
    {
        "K8S00" => "ServiceAccountToken",
        "K8S01" => "PodSecurityBaseline",
        "K8S02" => "PodSecurityRestricted",
        _ => "BestPractices",
    };

    /// <summary>The middle key of an area's options (<c>k8sguard.pod_security.exempt_containers</c>), or null when it has none.</summary>
    public static string? GetOptionArea(string ruleId) => ruleId.Substring(0, 5) switch
    {
        "K8S01" or "K8S02" => "pod_security",
        _ => null,
    };
}
