using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// Edits the value a pod-security diagnostic points at, where the analyzer found it: the initializer member, constructor
/// argument, assignment or map entry that writes it (replace the value, or unset it), or the element of a list (remove
/// it). Only the reported node changes; its trivia (comments, line breaks, indentation) stays where it was.
/// </summary>
internal static class WrittenValueEditor
{
    public static async Task<Document?> CreateAsync(Document document, TextSpan span, string fix, string? value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is not null && Plan(root, span, fix, value) is { } edit ? document.WithSyntaxRoot(root.ReplaceNode(edit.Old, edit.New)) : null;
    }

    /// <summary>The node the fix of the diagnostic at <paramref name="span"/> replaces, and its replacement; null when no safe edit exists.</summary>
    public static NodeEdit? Plan(SyntaxNode root, TextSpan span, string fix, string? value)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        return fix switch
        {
            FixProperties.ReplaceValue when value is not null => Replace(node, value),
            FixProperties.RemoveMember => RemoveMember(node),
            FixProperties.RemoveElement => RemoveElement(node),
            _ => null,
        };
    }

    // `Privileged = true` → `Privileged = false`; `privileged: true` → `privileged: false`; an entry's value or an element.
    private static NodeEdit? Replace(SyntaxNode node, string value)
    {
        if (ValueOf(node) is not { } written || written.ContainsDirectives)
        {
            return null;
        }

        return new NodeEdit(written, SyntaxFactory.ParseExpression(value).WithTriviaFrom(written));
    }

    // In an object initializer the member goes, with its comma; an argument or assignment writes `null` instead (a
    // positional argument cannot be removed, and a statement may be part of something larger).
    private static NodeEdit? RemoveMember(SyntaxNode node)
    {
        if (node is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } member
            && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return RemoveFromList(initializer, initializer.Expressions, member, (list, items) => list.WithExpressions(items));
        }

        return Replace(node, "null");
    }

    private static NodeEdit? RemoveElement(SyntaxNode node)
    {
        switch (node.Parent)
        {
            // `new[] { x }` cannot lose its last element: an empty implicitly typed array has no type.
            case InitializerExpressionSyntax { Parent: ImplicitArrayCreationExpressionSyntax, Expressions.Count: 1 }:
                return null;
            case InitializerExpressionSyntax initializer when node is ExpressionSyntax element:
                return RemoveFromList(initializer, initializer.Expressions, element, (list, items) => list.WithExpressions(items));
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element:
                return RemoveFromList(collection, collection.Elements, (CollectionElementSyntax)element, (list, items) => list.WithElements(items));
            default:
                return null;
        }
    }

    private static NodeEdit? RemoveFromList<TList, TItem>(TList list, SeparatedSyntaxList<TItem> items, TItem item, System.Func<TList, SeparatedSyntaxList<TItem>, TList> withItems)
        where TList : SyntaxNode
        where TItem : SyntaxNode
    {
        var index = items.IndexOf(item);
        if (index < 0 || list.ContainsDirectives)
        {
            return null;
        }

        // The item goes with the separator after it; the last one with the separator before it, and the trivia that
        // closed the list (` }` stays ` }`).
        SeparatedSyntaxList<TItem> remaining;
        if (index < items.Count - 1 || items.Count == 1)
        {
            remaining = items.RemoveAt(index);
            if (items.Count == 1)
            {
                return new NodeEdit(list, withItems(list, remaining));
            }
        }
        else
        {
            var trailing = item.GetTrailingTrivia();
            remaining = items.RemoveAt(index);
            var last = remaining[remaining.Count - 1];
            remaining = remaining.Replace(last, last.WithTrailingTrivia(trailing));
        }

        return new NodeEdit(list, withItems(list, remaining));
    }

    private static ExpressionSyntax? ValueOf(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => assignment.Right,
        ArgumentSyntax argument => argument.Expression,
        ExpressionSyntax expression => expression,
        _ => null,
    };
}
