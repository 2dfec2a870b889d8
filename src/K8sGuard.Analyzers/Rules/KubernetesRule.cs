using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// One K8sGuard rule: which kind of created object it looks at, and what it reports about it. Rules hold no
/// analysis machinery; <see cref="KubernetesObjectAnalyzer"/> collects the objects once and hands each to every rule.
/// </summary>
internal abstract class KubernetesRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract KubernetesObjectKind AppliesTo { get; }

    public abstract void Analyze(CreatedObject created, RuleContext context);
}

/// <summary>What a rule may consult and where it reports.</summary>
internal readonly struct RuleContext
{
    private readonly OperationAnalysisContext _context;

    public RuleContext(KubernetesCompilation compilation, OperationAnalysisContext context)
    {
        Compilation = compilation;
        _context = context;
    }

    public KubernetesCompilation Compilation { get; }

    public System.Threading.CancellationToken CancellationToken => _context.CancellationToken;

    public OptedOutServiceAccounts OptedOutServiceAccounts(CreatedObject created)
        => Compilation.GetOptedOutServiceAccounts(_context.Options, created.Creation.Syntax.SyntaxTree);

    /// <summary>Reports on the creation; the fix will set <paramref name="fixedProperty"/> where the analyzer read it.</summary>
    public void Report(DiagnosticDescriptor descriptor, CreatedObject created, string fixedProperty, params object?[] messageArguments)
        => _context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            created.Location,
            FixProperties.For(fixedProperty, created.Properties.ParameterFor(fixedProperty)),
            messageArguments));
}
