using System.Collections.Immutable;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Benchmarks;

/// <summary>K8sGuard's analyzer, unchanged, under a name the report can tell apart.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesObjectAnalyzerProxy : DiagnosticAnalyzer
{
    private readonly KubernetesObjectAnalyzer _inner = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(context);
}
