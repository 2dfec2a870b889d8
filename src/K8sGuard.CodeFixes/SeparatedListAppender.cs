using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// Appends one item to a comma-separated list (initializer members, arguments) in the author's layout:
/// one line stays one line; one item per line gets a new line with the same indentation; a trailing
/// comma is kept when the list had one; a comment after the last item stays after it.
/// </summary>
internal static class SeparatedListAppender
{
    private const string IndentUnit = "    ";

    public static SeparatedSyntaxList<T> Append<T>(
        SeparatedSyntaxList<T> list,
        T item,
        SyntaxToken open,
        SyntaxToken close,
        SourceText text,
        out SyntaxToken newClose)
        where T : SyntaxNode
    {
        newClose = close;
        var endOfLine = DetectEndOfLine(text);
        if (list.Count == 0)
        {
            if (!SpansLines(open, close, text))
            {
                return SyntaxFactory.SingletonSeparatedList(item.WithoutTrivia());
            }

            var indentation = GetIndentation(text, close.SpanStart) + IndentUnit;
            return SyntaxFactory.SingletonSeparatedList(item.WithoutTrivia()
                .WithLeadingTrivia(SyntaxFactory.Whitespace(indentation))
                .WithTrailingTrivia(endOfLine));
        }

        var last = list[list.Count - 1];
        var hasTrailingSeparator = list.SeparatorCount == list.Count;
        var multiLine = SpansLines(open, last, text);
        var nodesAndTokens = list.GetWithSeparators();
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken);

        if (hasTrailingSeparator)
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

        var indented = item.WithoutTrivia().WithLeadingTrivia(SyntaxFactory.Whitespace(GetIndentation(text, last.SpanStart)));
        return HasEndOfLine(lastTrailing)
            // `A = 1 // why` + newline: the comma goes before the comment, the comment stays on its line.
            ? SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(comma.WithTrailingTrivia(lastTrailing)).Add(indented.WithTrailingTrivia(endOfLine)))
            : SyntaxFactory.SeparatedList<T>(nodesAndTokens.Add(comma.WithTrailingTrivia(endOfLine)).Add(indented.WithTrailingTrivia(lastTrailing)));
    }

    public static bool SpansLines(SyntaxToken open, SyntaxToken close, SourceText text)
        => text.Lines.GetLineFromPosition(open.SpanStart).LineNumber != text.Lines.GetLineFromPosition(close.SpanStart).LineNumber;

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

    private static SyntaxTrivia DetectEndOfLine(SourceText text)
    {
        var firstLine = text.Lines[0];
        return firstLine.EndIncludingLineBreak - firstLine.End == 2
            ? SyntaxFactory.CarriageReturnLineFeed
            : SyntaxFactory.LineFeed;
    }
}
