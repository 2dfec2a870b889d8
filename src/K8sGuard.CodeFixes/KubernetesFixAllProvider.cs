using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sGuard.CodeFixes;

/// <summary>
/// Fix All for <see cref="KubernetesCodeFixProvider"/>. The service-account fixes each edit their own creation, so the
/// batch fixer merges them. The pod-security fixes can touch one list twice (two capabilities of one <c>Add</c> share a
/// comma), which the batch fixer would drop as a conflict; they are applied one after another in each document, from
/// its end to its start, so every diagnostic's span still points at its node when its turn comes. Diagnostics are read
/// per project (<see cref="FixAllContext.GetAllDiagnosticsAsync"/>), which every host provides, dotnet format included.
/// </summary>
internal sealed class KubernetesFixAllProvider : FixAllProvider
{
    public static readonly KubernetesFixAllProvider Instance = new();

    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        if (KubernetesCodeFixProvider.IsCreationFix(key) && fixAllContext.DiagnosticIds.Any(id => key!.StartsWith(id + ".", System.StringComparison.Ordinal)))
        {
            return await WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext).ConfigureAwait(false);
        }

        var solution = fixAllContext.Solution;
        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        var fixedSolution = solution;
        foreach (var byTree in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Location.SourceTree!))
        {
            if (solution.GetDocument(byTree.Key) is not { } document)
            {
                continue;
            }

            var fixedDocument = await FixDocumentAsync(document, byTree, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
            if (fixedDocument != document)
            {
                fixedSolution = fixedSolution.WithDocumentSyntaxRoot(document.Id, (await fixedDocument.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false))!);
            }
        }

        return CodeAction.Create("Fix all K8sGuard diagnostics", _ => Task.FromResult(fixedSolution), fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<Document> FixDocumentAsync(Document document, IEnumerable<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
        {
            // A host may ask for no particular action, or for another rule's (dotnet format takes the key of whichever
            // diagnostic it meets first): then each diagnostic gets the action it offers first.
            var properties = diagnostic.Properties;
            var ownAction = equivalenceKey is null || !equivalenceKey.StartsWith(diagnostic.Id + ".", System.StringComparison.Ordinal);
            if (properties.TryGetValue(FixProperties.Fix, out var kind) && kind == FixProperties.SetCreationProperty)
            {
                if (KubernetesCodeFixProvider.CreationFixOf(diagnostic, ownAction ? null : equivalenceKey) is { } creationFix)
                {
                    document = await creationFix(document, cancellationToken).ConfigureAwait(false) ?? document;
                }

                continue;
            }

            if (properties.TryGetValue(FixProperties.EquivalenceKey, out var key)
                && (ownAction || key == equivalenceKey)
                && properties.TryGetValue(FixProperties.Fix, out var fix) && fix is not null)
            {
                properties.TryGetValue(FixProperties.Value, out var value);
                document = await WrittenValueEditor.CreateAsync(document, diagnostic.Location.SourceSpan, fix, value, cancellationToken).ConfigureAwait(false)
                    ?? document;
            }
        }

        return document;
    }
}
