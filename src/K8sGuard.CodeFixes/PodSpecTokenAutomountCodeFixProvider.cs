using System.Collections.Immutable;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sGuard.CodeFixes;

/// <summary>K8S0001: set <c>AutomountServiceAccountToken</c> to false (preferred) or, for API clients, to true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PodSpecTokenAutomountCodeFixProvider))]
public sealed class PodSpecTokenAutomountCodeFixProvider : SetPropertyCodeFixProvider
{
    public const string DisableEquivalenceKey = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".DisableAutomount";
    public const string KeepEquivalenceKey = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".KeepToken";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    protected override ImmutableArray<SetPropertyAction> Actions { get; } = ImmutableArray.Create(
        new SetPropertyAction(FixTitles.DisableAutomount, DisableEquivalenceKey, value: false),
        new SetPropertyAction(FixTitles.KeepToken, KeepEquivalenceKey, value: true));
}
