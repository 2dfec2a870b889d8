using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// its end to its start, so every diagnostic's span still points at its node when its turn comes.
/// </summary>
internal sealed class KubernetesFixAllProvider : FixAllProvider
{
    public static readonly KubernetesFixAllProvider Instance = new();

    private static readonly FixAllProvider InOrder = Create(FixDocumentAsync);

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => InOrder.GetSupportedFixAllScopes();

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        => KubernetesCodeFixProvider.IsCreationFix(fixAllContext.CodeActionEquivalenceKey)
            ? WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext)
            : InOrder.GetFixAsync(fixAllContext);

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixedDocument = document;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
        {
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(FixProperties.EquivalenceKey, out var key) && key == context.CodeActionEquivalenceKey
                && properties.TryGetValue(FixProperties.Fix, out var fix) && fix is not null)
            {
                properties.TryGetValue(FixProperties.Value, out var value);
                fixedDocument = await WrittenValueEditor.CreateAsync(fixedDocument, diagnostic.Location.SourceSpan, fix, value, context.CancellationToken).ConfigureAwait(false)
                    ?? fixedDocument;
            }
        }

        return fixedDocument;
    }
}
