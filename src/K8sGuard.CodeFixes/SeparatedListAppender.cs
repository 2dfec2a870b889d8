using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// Adds one item to a comma-separated list (initializer members, arguments) in the author's layout:
/// one line stays one line; one item per line gets a new line with the same indentation (tabs or spaces);
/// a trailing comma is kept when the list had one; a comment after the last item stays after it; and an item
/// never lands inside an <c>#if</c> region — it goes before the directive instead.
/// </summary>
internal static class SeparatedListAppender
{
    /// <summary>
    /// Adds <paramref name="item"/> at the last place of the list that no <c>#if</c> region of the list encloses:
    /// the end, or before the first member of the trailing conditional members (the start at the latest).
    /// </summary>
    public static SeparatedSyntaxList<T> InsertOutsideConditionalRegions<T>(
        SeparatedSyntaxList<T> list,
        T item,
        SyntaxToken open,
        SyntaxToken close,
        SourceText text,
        out SyntaxToken newClose)
        where T : SyntaxNode
    {
        var directives = DirectivesBetween(open, close);
        if (directives.Length == 0)
        {
            return Append(list, item, open, close, text, out newClose);
        }

        newClose = close;
        for (var index = list.Count; index > 0; index--)
        {
            var position = index == list.Count && list.SeparatorCount < list.Count
                ? list[index - 1].Span.End
                : list.GetSeparator(index - 1).Span.End;
            if (IsOutsideRegions(directives, position))
            {
                return index == list.Count
                    // Members that follow in an inactive region (trivia of the closing brace) need a comma after the new one.
                    ? Append(list, item, open, close, text, out newClose, trailingSeparator: close.LeadingTrivia.Any(t => t.IsDirective))
                    : InsertBefore(list, index, item, text);
            }
        }

        return list.Count == 0
            ? Append(list, item, open, close, text, out newClose, trailingSeparator: true)
            : InsertBefore(list, 0, item, text);
    }

    public static SeparatedSyntaxList<T> Append<T>(
        SeparatedSyntaxList<T> list,
        T item,
        SyntaxToken open,
        SyntaxToken close,
        SourceText text,
        out SyntaxToken newClose,
        bool trailingSeparator = false)
        where T : SyntaxNode
    {
        newClose = close;
        var endOfLine = DetectEndOfLine(text);
        var comma = NewSyntax.Token(SyntaxKind.CommaToken);
        if (list.Count == 0)
        {
            if (!SpansLines(open, close, text))
            {
                return SyntaxFactory.SingletonSeparatedList(item.WithoutTrivia());
            }

            var closeIndentation = GetIndentation(text, close.SpanStart);
            var indented = item.WithoutTrivia().WithLeadingTrivia(SyntaxFactory.Whitespace(closeIndentation + DetectIndentUnit(text, closeIndentation)));
            return trailingSeparator
                ? SyntaxFactory.SeparatedList<T>(new SyntaxNodeOrToken[] { indented, comma.WithTrailingTrivia(endOfLine) })
                : SyntaxFactory.SingletonSeparatedList(indented.WithTrailingTrivia(endOfLine));
        }

        var last = list[list.Count - 1];
        var multiLine = SpansLines(open, last, text);
        var nodesAndTokens = list.GetWithSeparators();

        if (list.SeparatorCount == list.Count)
        {
            var lastSeparator = list.GetSeparator(list.Count - 1);
            SyntaxTriviaList separatorTrailing = lastSeparator.TrailingTrivia;
            var newItem = multiLine
                ? item.WithoutTrivia().WithLeadingTrivia(SyntaxFactory.Whitespace(GetIndentation(text, last.SpanStart)))
                : item.WithoutTrivia();
            var newSeparator = comma.WithTrailingTrivia(multiLine && HasEndOfLine(separatorTrailing) ? SyntaxFactory.TriviaList(endOfLine) : separatorTrailing);
            if (!multiLine)
            {
                nodesAndTokens = nodesAndTokens.Replace(lastSeparator, lastSeparator.WithTrailingTrivia(SyntaxFactory.Space));
            }

            return SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(newItem).Add(newSeparator));
        }

        var lastTrailing = last.GetTrailingTrivia();
        nodesAndTokens = nodesAndTokens.Replace(last, last.WithoutTrailingTrivia());
        if (!multiLine)
        {
            return SyntaxFactory.SeparatedList<T>(nodesAndTokens
                .Add(comma.WithTrailingTrivia(SyntaxFactory.Space))
                .Add(item.WithoutTrivia().WithTrailingTrivia(lastTrailing)));
        }

        var indentedItem = item.WithoutTrivia().WithLeadingTrivia(SyntaxFactory.Whitespace(GetIndentation(text, last.SpanStart)));
        if (trailingSeparator)
        {
            return SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(comma.WithTrailingTrivia(endOfLine)).Add(indentedItem).Add(comma.WithTrailingTrivia(lastTrailing)));
        }

        return HasEndOfLine(lastTrailing)
            // `A = 1 // why` + newline: the comma goes before the comment, the comment stays on its line.
            ? SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(comma.WithTrailingTrivia(lastTrailing)).Add(indentedItem.WithTrailingTrivia(endOfLine)))
            : SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(comma.WithTrailingTrivia(endOfLine)).Add(indentedItem.WithTrailingTrivia(lastTrailing)));
    }

    public static bool SpansLines(SyntaxToken open, SyntaxToken close, SourceText text)
        => text.Lines.GetLineFromPosition(open.SpanStart).LineNumber != text.Lines.GetLineFromPosition(close.SpanStart).LineNumber;

    // `item,` on a line of its own, right before member `index` (whose leading trivia holds the directive).
    private static SeparatedSyntaxList<T> InsertBefore<T>(SeparatedSyntaxList<T> list, int index, T item, SourceText text)
        where T : SyntaxNode
    {
        var endOfLine = DetectEndOfLine(text);
        var following = list[index];
        var previous = following.GetFirstToken().GetPreviousToken();
        var leading = SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(GetIndentation(text, following.SpanStart)));
        if (!HasEndOfLine(previous.TrailingTrivia))
        {
            leading = leading.Insert(0, endOfLine);
        }

        var nodesAndTokens = list.GetWithSeparators()
            .InsertRange(2 * index, new SyntaxNodeOrToken[] { item.WithoutTrivia().WithLeadingTrivia(leading), NewSyntax.Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine) });
        return SyntaxFactory.SeparatedList<T>(nodesAndTokens);
    }

    private static SyntaxTrivia[] DirectivesBetween(SyntaxToken open, SyntaxToken close)
    {
        var parent = open.Parent;
        return parent is null || !parent.ContainsDirectives
            ? System.Array.Empty<SyntaxTrivia>()
            : parent.DescendantTrivia(TextSpan.FromBounds(open.Span.End, close.Span.Start)).Where(t => t.IsDirective).ToArray();
    }

    // Outside every region the list's own directives open: no `#if` before the position without its `#endif`.
    private static bool IsOutsideRegions(SyntaxTrivia[] directives, int position)
    {
        var depth = 0;
        foreach (var directive in directives)
        {
            if (directive.SpanStart >= position)
            {
                break;
            }

            if (directive.IsKind(SyntaxKind.IfDirectiveTrivia))
            {
                depth++;
            }
            else if (directive.IsKind(SyntaxKind.EndIfDirectiveTrivia))
            {
                depth--;
            }
        }

        return depth == 0;
    }

    private static bool SpansLines(SyntaxToken open, SyntaxNode item, SourceText text)
        => text.Lines.GetLineFromPosition(open.SpanStart).LineNumber != text.Lines.GetLineFromPosition(item.SpanStart).LineNumber;

    private static bool HasEndOfLine(SyntaxTriviaList trivia) => trivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

    private static string GetIndentation(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var end = line.Start;
        while (end < line.End && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    // One level of indentation as the file writes it: a tab where the surrounding line (or else the file) indents with tabs.
    private static string DetectIndentUnit(SourceText text, string surroundingIndentation)
    {
        if (surroundingIndentation.Length == 0)
        {
            foreach (var line in text.Lines)
            {
                if (line.End > line.Start && (text[line.Start] == '\t' || text[line.Start] == ' '))
                {
                    surroundingIndentation = text[line.Start].ToString();
                    break;
                }
            }
        }

        return surroundingIndentation.IndexOf('\t') >= 0 ? "\t" : "    ";
    }

    private static SyntaxTrivia DetectEndOfLine(SourceText text)
    {
        var firstLine = text.Lines[0];
        return firstLine.EndIncludingLineBreak - firstLine.End == 2
            ? SyntaxFactory.CarriageReturnLineFeed
            : SyntaxFactory.LineFeed;
    }
}
