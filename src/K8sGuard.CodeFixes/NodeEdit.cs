using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>One fix as a syntax edit: the node it replaces and its replacement.</summary>
internal readonly struct NodeEdit
{
    public NodeEdit(SyntaxNode old, SyntaxNode @new)
    {
        Old = old;
        New = @new;
    }

    public SyntaxNode Old { get; }

    public SyntaxNode New { get; }

    /// <summary>
    /// The edit as the smallest text change (the replaced node's text less what it shares with the replacement at both
    /// ends): an added initializer member touches only where it goes, so fixes of nested objects do not overlap.
    /// </summary>
    public TextChange ToTextChange()
    {
        var before = Old.ToFullString();
        var after = New.ToFullString();
        var shorter = System.Math.Min(before.Length, after.Length);

        // The common end first, then the common start: a removed element or an added member is placed as early as the
        // text allows (`, "SYS_ADMIN"` rather than `SYS_ADMIN", "`), so it stays clear of the next element's span.
        var suffix = 0;
        while (suffix < shorter && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var prefix = 0;
        while (prefix < shorter - suffix && before[prefix] == after[prefix])
        {
            prefix++;
        }

        return new TextChange(
            new TextSpan(Old.FullSpan.Start + prefix, before.Length - prefix - suffix),
            after.Substring(prefix, after.Length - prefix - suffix));
    }

    /// <summary>
    /// The text <see cref="ToTextChange"/>'s change depends on: from where it is placed to where the same change, placed
    /// as late as the text allows, would end. An insertion moved earlier over text equal to its own end relies on that
    /// text staying as it is, so another change there must wait (a pod's new member must not slide into its container's).
    /// </summary>
    public TextSpan Reach()
    {
        var before = Old.ToFullString();
        var after = New.ToFullString();
        var shorter = System.Math.Min(before.Length, after.Length);
        var prefix = 0;
        while (prefix < shorter && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var change = ToTextChange().Span;
        var end = System.Math.Max(change.End, Old.FullSpan.Start + before.Length - suffix);
        return TextSpan.FromBounds(change.Start, end);
    }
}
