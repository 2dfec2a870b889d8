namespace K8sGuard.Analyzers;

/// <summary>Every rule id K8sGuard reports, in one place, and the help link each one gets.</summary>
public static class RuleIdentifiers
{
    public const string PodSpecDoesNotDisableTokenAutomount = "K8S0001";
    public const string ServiceAccountDoesNotDisableTokenAutomount = "K8S0002";
    public const string PodMountsDefaultServiceAccountToken = "K8S0003";

    private const string DocsBaseUri = "https://github.com/k8sguard/K8sGuard.Analyzers/blob/main/docs/rules/";

    public static string GetHelpUri(string ruleId) => DocsBaseUri + ruleId + ".md";
}
