namespace K8sGuard.Analyzers;

internal static class RuleCategories
{
    public const string Security = "Security";
}
