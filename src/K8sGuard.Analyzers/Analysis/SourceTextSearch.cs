using System;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Ordinal search for a word in source text, without allocating: the text is copied chunk by chunk into a buffer
/// kept per thread. Finding where a name occurs costs far less than walking the syntax nodes that might hold it.
/// </summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 8192;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>True when <paramref name="word"/> occurs anywhere in <paramref name="text"/>.</summary>
    public static bool Mentions(SourceText text, string word) => IndexOf(text, word, 0, text.Length) >= 0;

    /// <summary>
    /// False only when <paramref name="text"/> cannot name the identifier <paramref name="name"/>: the name does not occur,
    /// and no Unicode escape or formatting character could spell it otherwise.
    /// </summary>
    public static bool MayNameIdentifier(SourceText text, string name)
        => Mentions(text, name) || HasUnicodeEscape(text, 0, text.Length) || HasFormattingCharacter(text, 0, text.Length);

    /// <summary>
    /// The first position at or after <paramref name="start"/> where <paramref name="word"/> occurs wholly before
    /// <paramref name="end"/>, or -1 (also for an empty word).
    /// </summary>
    public static int IndexOf(SourceText text, string word, int start, int end)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        var buffer = BufferFor(word);
        end = Math.Min(end, text.Length);
        while (end - start >= word.Length)
        {
            var count = Math.Min(buffer.Length, end - start);
            text.CopyTo(start, buffer, 0, count);

            // The next chunk overlaps this one by the word's length less one, so no occurrence falls between them.
            var next = start + count - word.Length + 1;
            var hit = buffer.AsSpan(0, count).IndexOf(word.AsSpan());
            if (hit >= 0)
            {
                return start + hit;
            }

            start = next;
        }

        return -1;
    }

    // True when the range holds a `\u` or `\U` escape: an identifier may be spelt with one
    // (`sp\u0065c` is `spec`), which a search for the name cannot see.
    private static bool HasUnicodeEscape(SourceText text, int start, int end)
        => IndexOf(text, "\\u", start, end) >= 0 || IndexOf(text, "\\U", start, end) >= 0;

    // True when the range holds a formatting character (Unicode category Cf: a zero-width joiner, a soft hyphen): C#
    // allows one inside an identifier and ignores it (`Auto\u200Dmount…` is `Automount…`), and the text no longer holds
    // the name a search looks for.
    private static bool HasFormattingCharacter(SourceText text, int start, int end)
    {
        var buffer = BufferFor(string.Empty);
        end = Math.Min(end, text.Length);
        for (; start < end; start += buffer.Length)
        {
            var count = Math.Min(buffer.Length, end - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] >= '\u00AD' && char.GetUnicodeCategory(buffer[i]) == System.Globalization.UnicodeCategory.Format)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Each chunk must hold more than the word, or the search would not advance.
    private static char[] BufferFor(string word)
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < 2 * word.Length)
        {
            t_buffer = buffer = new char[Math.Max(ChunkSize, 2 * word.Length)];
        }

        return buffer;
    }
}
