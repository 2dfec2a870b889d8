using System.Collections.Immutable;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Benchmarks;

/// <summary>
/// K8sGuard's analyzer, unchanged, under a name the report can tell apart; with <see cref="TurnedOffPrefixes"/>, measured on
/// a compilation that turns those rules off (as <c>NoWarn</c> or a profile does), which K8sGuard then does not judge.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesObjectAnalyzerProxy : DiagnosticAnalyzer
{
    private readonly KubernetesObjectAnalyzer _inner = new();

    public KubernetesObjectAnalyzerProxy(params string[] turnedOffPrefixes) => TurnedOffPrefixes = turnedOffPrefixes;

    /// <summary>Rule-id prefixes (<c>K8S02</c>) whose rules the measured compilation turns off.</summary>
    public IReadOnlyList<string> TurnedOffPrefixes { get; }

    /// <summary>The ids of K8sGuard's rules the measured compilation turns off.</summary>
    public IEnumerable<string> TurnedOffIds => SupportedDiagnostics.Select(d => d.Id).Distinct().Where(id => TurnedOffPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(context);
}
