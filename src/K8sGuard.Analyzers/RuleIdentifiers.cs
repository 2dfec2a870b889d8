namespace K8sGuard.Analyzers;

/// <summary>
/// The service-account rules' ids, the help link every rule gets, and the areas of the id ranges. A pod-security rule
/// declares its own id (<c>K8S0103PrivilegedContainer.Id</c>), so adding one touches only its own files.
/// </summary>
public static class RuleIdentifiers
{
    public const string PodSpecDoesNotDisableTokenAutomount = "K8S0001";
    public const string ServiceAccountDoesNotDisableTokenAutomount = "K8S0002";
    public const string PodMountsDefaultServiceAccountToken = "K8S0003";
    public const string PublishedResourceMountsToken = "K8S0004";


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
