using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers;

/// <summary>
/// Builds every descriptor the same way: help link from the id, enabled by default, and tags (the category,
/// <c>Kubernetes</c>, the rule's area from its id) that SARIF logs and IDEs show for filtering.
/// </summary>
internal static class RuleDescriptors
{
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description)
    {
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIdentifiers.GetHelpUri(id),
            customTags: new[] { category, RuleIdentifiers.KubernetesTag, RuleIdentifiers.GetArea(id) });
    }
}
