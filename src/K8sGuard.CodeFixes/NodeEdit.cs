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
}
