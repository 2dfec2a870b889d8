using System.Collections.Immutable;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sGuard.CodeFixes;

/// <summary>K8S0003: replace the pod's <c>AutomountServiceAccountToken = true</c> with false.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefaultServiceAccountTokenCodeFixProvider))]
public sealed class DefaultServiceAccountTokenCodeFixProvider : SetPropertyCodeFixProvider
{
    public const string DisableEquivalenceKey = RuleIdentifiers.PodMountsDefaultServiceAccountToken + ".DisableAutomount";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(RuleIdentifiers.PodMountsDefaultServiceAccountToken);

    protected override ImmutableArray<SetPropertyAction> Actions { get; } = ImmutableArray.Create(
        new SetPropertyAction(FixTitles.DisableAutomount, DisableEquivalenceKey, value: false));
}
