namespace K8sGuard.Analyzers;

/// <summary>Every rule id K8sGuard reports, in one place, and the help link each one gets.</summary>
public static class RuleIdentifiers
{
    public const string PodSpecDoesNotDisableTokenAutomount = "K8S0001";
    public const string ServiceAccountDoesNotDisableTokenAutomount = "K8S0002";
    public const string PodMountsDefaultServiceAccountToken = "K8S0003";

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
}
