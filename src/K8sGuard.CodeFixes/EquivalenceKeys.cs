using K8sGuard.Analyzers;

namespace K8sGuard.CodeFixes;

/// <summary>
/// The equivalence keys of the service-account fixes (Fix All applies one key across a document, project or solution).
/// The pod-security fixes carry theirs in the diagnostic (<see cref="FixProperties.EquivalenceKey"/>).
/// </summary>
public static class EquivalenceKeys
{
    public const string PodSpecDisableAutomount = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".DisableAutomount";

    public const string PodSpecKeepToken = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".KeepToken";

    public const string ServiceAccountDisableAutomount = RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount + ".DisableAutomount";

    public const string DefaultAccountDisableAutomount = RuleIdentifiers.PodMountsDefaultServiceAccountToken + ".DisableAutomount";
}
