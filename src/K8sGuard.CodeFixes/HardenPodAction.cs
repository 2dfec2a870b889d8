using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// "Harden this pod": every restricted Pod Security fix (K8S02xx) of the pod a diagnostic belongs to, in one edit. The pod
/// is the outermost creation around the diagnostic (the workload, or the pod spec with its containers written in place);
/// its diagnostics are K8sGuard's own, asked for that span of the document, and each gets the fix it offers first, applied
/// together as Fix All applies them. Containers built apart from the pod (a helper, a local declared elsewhere) keep their
/// own diagnostics and fixes.
/// </summary>
internal static class HardenPodAction
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer());

    /// <summary>True for a diagnostic the action is offered on: a restricted rule's, with a fix.</summary>
    public static bool AppliesTo(Diagnostic diagnostic)
        => diagnostic.Id.StartsWith("K8S02", System.StringComparison.Ordinal) && diagnostic.Properties.ContainsKey(FixProperties.Fix);

    public static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var pod = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<BaseObjectCreationExpressionSyntax>()
            .LastOrDefault();
        var span = pod?.Span ?? diagnostic.Location.SourceSpan;
        var withAnalyzer = semanticModel.Compilation.WithAnalyzers(Analyzer, new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var found = await withAnalyzer.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, span, cancellationToken).ConfigureAwait(false);
        var restricted = found.Where(d => AppliesTo(d) && span.Contains(d.Location.SourceSpan) && d.Severity != DiagnosticSeverity.Hidden).ToList();
        if (!restricted.Any(d => d.Location.SourceSpan == diagnostic.Location.SourceSpan && d.Id == diagnostic.Id))
        {
            restricted.Add(diagnostic);
        }

        return await KubernetesFixAllProvider.FixDocumentAsync(document, restricted, equivalenceKey: null, cancellationToken).ConfigureAwait(false);
    }
}
