using System.Collections.Immutable;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sGuard.CodeFixes;

/// <summary>K8S0002: set the ServiceAccount's <c>AutomountServiceAccountToken</c> to false.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ServiceAccountTokenAutomountCodeFixProvider))]
public sealed class ServiceAccountTokenAutomountCodeFixProvider : SetPropertyCodeFixProvider
{
    public const string DisableEquivalenceKey = RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount + ".DisableAutomount";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount);

    protected override ImmutableArray<SetPropertyAction> Actions { get; } = ImmutableArray.Create(
        new SetPropertyAction(FixTitles.DisableAutomount, DisableEquivalenceKey, value: false));
}
