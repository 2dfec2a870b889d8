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
    /// True when the range holds a <c>\u</c> or <c>\U</c> escape: an identifier may be spelt with one
    /// (<c>sp\u0065c</c> is <c>spec</c>), which a search for the name cannot see.
    /// </summary>
    public static bool HasUnicodeEscape(SourceText text, int start, int end)
        => IndexOf(text, "\\u", start, end) >= 0 || IndexOf(text, "\\U", start, end) >= 0;

    /// <summary>
    /// True when an identifier named <paramref name="name"/> may occur in the range: the name is there as text,
    /// or the range holds a Unicode escape, or the name is empty (nothing to search for).
    /// </summary>
    public static bool MayNameIdentifier(SourceText text, string name, int start, int end)
        => name.Length == 0 || IndexOf(text, name, start, end) >= 0 || HasUnicodeEscape(text, start, end);

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

        // Each chunk must hold more than the word, or the search would not advance.
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < 2 * word.Length)
        {
            t_buffer = buffer = new char[Math.Max(ChunkSize, 2 * word.Length)];
        }

        end = Math.Min(end, text.Length);
        while (end - start >= word.Length)
        {
            var count = Math.Min(buffer.Length, end - start);
            text.CopyTo(start, buffer, 0, count);
            var found = buffer.AsSpan(0, count).IndexOf(word.AsSpan());
            if (found >= 0)
            {
                return start + found;
            }

            // The next chunk overlaps this one by the word's length less one, so no occurrence falls between them.
            start += count - word.Length + 1;
        }

        return -1;
    }
}
