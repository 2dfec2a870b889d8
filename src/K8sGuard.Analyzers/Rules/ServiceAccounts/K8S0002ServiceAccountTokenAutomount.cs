using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.ServiceAccounts;

/// <summary>
/// K8S0002: a ServiceAccount the code creates leaves <c>AutomountServiceAccountToken</c> unset, so every pod that
/// runs as it gets its token unless the pod opts out. An explicit value (even <c>true</c>) states the intent.
/// </summary>
internal sealed class K8S0002ServiceAccountTokenAutomount : KubernetesRule
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount,
        title: "ServiceAccount does not disable token automounting",
        messageFormat: "{0} leaves AutomountServiceAccountToken unset, so every pod that runs as it gets its token unless the pod opts out",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        description: "A ServiceAccount that sets automountServiceAccountToken to false keeps its token out of every pod that "
            + "does not ask for it explicitly. Pods that call the API then opt in with automountServiceAccountToken: true.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool AppliesTo(KubernetesObjectKind kind) => kind == KubernetesObjectKind.ServiceAccount;

    public override void Analyze(CreatedObject created, RuleContext context)
    {
        var properties = created.Properties;
        if (!created.IsUnset(properties.AutomountServiceAccountToken, out var unsetBy))
        {
            return;
        }

        var name = ObjectMetadata.Of(created.Creation, properties).Name;
        context.Report(Rule, created, properties.AutomountServiceAccountToken, (name is null ? "ServiceAccount" : "ServiceAccount '" + name + "'") + unsetBy?.Describe());
    }
}
