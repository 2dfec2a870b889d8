using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// Fix All for <see cref="KubernetesCodeFixProvider"/>, batched per document: every diagnostic's fix is planned against the
/// same version of its document (one syntax tree, one semantic model), turned into the smallest text change, and all
/// changes that do not touch each other are applied at once. Fixes that do (two capabilities of one list share a comma)
/// wait for the next round, planned again on the edited document with their spans moved past the changes before them;
/// so a document costs a few rounds, not one new document per diagnostic. Diagnostics are read per project
/// (<see cref="FixAllContext.GetAllDiagnosticsAsync"/>), which every host provides, dotnet format included.
/// </summary>
internal sealed class KubernetesFixAllProvider : FixAllProvider
{
    public static readonly KubernetesFixAllProvider Instance = new();

    // Rounds per document: each takes every fix that no other fix of the round touches.
    private const int MaxRounds = 8;

    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
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

            var fixedDocument = await FixDocumentAsync(document, byTree.ToList(), fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
            if (fixedDocument != document)
            {
                fixedSolution = fixedSolution.WithDocumentText(document.Id, await fixedDocument.GetTextAsync(fixAllContext.CancellationToken).ConfigureAwait(false));
            }
        }

        return CodeAction.Create("Fix all K8sGuard diagnostics", _ => Task.FromResult(fixedSolution), fixAllContext.CodeActionEquivalenceKey);
    }

    internal static async Task<Document> FixDocumentAsync(Document document, List<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var pending = diagnostics.Select(d => (Diagnostic: d, Span: d.Location.SourceSpan)).OrderBy(p => p.Span.Start).ToList();
        for (var round = 0; round < MaxRounds && pending.Count > 0; round++)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                break;
            }

            var planned = new List<(TextChange Change, TextSpan Reach, int Index)>();
            for (var i = 0; i < pending.Count; i++)
            {
                if (await PlanAsync(document, root, pending[i].Diagnostic, pending[i].Span, equivalenceKey, cancellationToken).ConfigureAwait(false) is { } edit)
                {
                    planned.Add((edit.ToTextChange(), edit.Reach(), i));
                }
            }

            // Every change that touches no change before it (over the text it relies on) goes in this round; the others'
            // diagnostics wait.
            planned.Sort((x, y) => x.Reach.Start != y.Reach.Start ? x.Reach.Start.CompareTo(y.Reach.Start) : x.Reach.End.CompareTo(y.Reach.End));
            var accepted = new List<TextChange>();
            var lastReach = default(TextSpan?);
            var waiting = new List<(Diagnostic, TextSpan)>();
            foreach (var (change, reach, index) in planned)
            {
                if (lastReach is { } previous && Touches(previous, reach))
                {
                    waiting.Add(pending[index]);
                }
                else
                {
                    accepted.Add(change);
                    lastReach = reach;
                }
            }

            accepted.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));

            if (accepted.Count == 0)
            {
                break;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            document = document.WithText(text.WithChanges(accepted));
            pending = MoveAfter(waiting, accepted);
        }

        return document;
    }

    // The edit a diagnostic's action makes: the action the host asked for when the diagnostic offers it, otherwise its first.
    // A host may ask for no particular action, or for another rule's (dotnet format takes the key of whichever diagnostic
    // it meets first), or for another action of the same rule (K8S0206's "drop ALL" beside its "remove the capability"):
    // Fix All of a rule fixes each of its diagnostics the way that diagnostic offers.
    private static async Task<NodeEdit?> PlanAsync(Document document, SyntaxNode root, Diagnostic diagnostic, TextSpan span, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        if (properties.TryGetValue(FixProperties.Fix, out var publish) && publish == FixProperties.AddPublishCallback)
        {
            return await PublishCallbackEditor.PlanAsync(document, span, cancellationToken).ConfigureAwait(false);
        }

        if (publish == FixProperties.HardenPublishedPod)
        {
            return await HardenPublishedPodEditor.PlanAsync(document, span, cancellationToken).ConfigureAwait(false);
        }

        if (properties.TryGetValue(FixProperties.Fix, out var kind) && kind == FixProperties.SetCreationProperty)
        {
            var creationEdit = KubernetesCodeFixProvider.CreationEditOf(diagnostic, equivalenceKey) ?? KubernetesCodeFixProvider.CreationEditOf(diagnostic, null);
            return creationEdit is null ? null : await creationEdit(document, span, cancellationToken).ConfigureAwait(false);
        }

        if (properties.TryGetValue(FixProperties.EquivalenceKey, out var key) && key is not null
            && properties.TryGetValue(FixProperties.Fix, out var fix) && fix is not null)
        {
            properties.TryGetValue(FixProperties.Value, out var value);
            return WrittenValueEditor.Plan(root, span, fix, value);
        }

        return null;
    }

    // Two changes touch when they overlap, or when both insert at the same place (their order would be a guess).
    private static bool Touches(TextSpan earlier, TextSpan later)
        => later.Start < earlier.End || (later.Start == earlier.End && (earlier.IsEmpty || later.IsEmpty));

    // The waiting diagnostics' spans in the edited text: moved by the changes before them; dropped when a change covers them.
    private static List<(Diagnostic, TextSpan)> MoveAfter(List<(Diagnostic Diagnostic, TextSpan Span)> waiting, List<TextChange> accepted)
    {
        var moved = new List<(Diagnostic, TextSpan)>(waiting.Count);
        foreach (var (diagnostic, span) in waiting)
        {
            var delta = 0;
            var covered = false;
            foreach (var change in accepted)
            {
                if (change.Span.End <= span.Start)
                {
                    delta += change.NewText!.Length - change.Span.Length;
                }
                else if (change.Span.Start < span.End)
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                moved.Add((diagnostic, new TextSpan(span.Start + delta, span.Length)));
            }
        }

        return moved;
    }
}
