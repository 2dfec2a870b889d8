using K8sGuard.Analyzers;

namespace K8sGuard.CodeFixes;

/// <summary>
/// The equivalence keys of the fixes that set a property of a creation (Fix All applies one key across a document, project or solution).
/// The pod-security fixes carry theirs in the diagnostic (<see cref="FixProperties.EquivalenceKey"/>).
/// </summary>
public static class EquivalenceKeys
{
    public const string PodSpecDisableAutomount = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".DisableAutomount";

    public const string PodSpecKeepToken = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".KeepToken";

    public const string ServiceAccountDisableAutomount = RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount + ".DisableAutomount";

    public const string DefaultAccountDisableAutomount = RuleIdentifiers.PodMountsDefaultServiceAccountToken + ".DisableAutomount";

    /// <summary>K8S0004: the Aspire resource's <c>PublishAsKubernetesService</c> callback sets the token off.</summary>
    public const string PublishWithoutToken = RuleIdentifiers.PublishedResourceMountsToken + ".DisableAutomountInCallback";

    // The restricted rules whose fix sets a path of the reported container or pod spec (their ids are the rules' own).
    internal const string PrivilegeEscalationRule = "K8S0202";
    internal const string RunAsNonRootRule = "K8S0203";
    internal const string SeccompProfileRule = "K8S0205";
    internal const string DropCapabilitiesRule = "K8S0206";

    public const string DisallowPrivilegeEscalation = PrivilegeEscalationRule + ".SetAllowPrivilegeEscalationFalse";

    public const string RunAsNonRoot = RunAsNonRootRule + ".SetRunAsNonRootOnPod";

    public const string RuntimeDefaultSeccomp = SeccompProfileRule + ".SetRuntimeDefaultOnPod";

    public const string DropAllCapabilities = DropCapabilitiesRule + ".DropAll";

    /// <summary>The restricted rules' fix for an Aspire resource: its pod's missing restricted settings, in its publish callback.</summary>
    public const string HardenPublishedPod = "K8S02.HardenPublishedPod";

    /// <summary>The combined fix: every restricted fix of one pod (its spec and its containers), in one edit.</summary>
    public const string HardenPod = "K8S02.HardenPod";
}
