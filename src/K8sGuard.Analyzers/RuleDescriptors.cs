using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers;

/// <summary>Builds every descriptor the same way: help link from the id, enabled by default.</summary>
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
            helpLinkUri: RuleIdentifiers.GetHelpUri(id));
    }
}
