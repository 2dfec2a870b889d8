using System.Collections.Generic;
using System.Linq;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Tests;

/// <summary>The chunked text search behind the ServiceAccount index and the builder/helper reads.</summary>
public sealed class SourceTextSearchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8192 - 28)]
    [InlineData(8192 - 27)]
    [InlineData(8192 - 1)]
    [InlineData(8192)]
    [InlineData(3 * 8192 + 5)]
    public void FindsEveryOccurrence_WhereverChunksEnd(int firstAt)
    {
        const string word = "AutomountServiceAccountToken";
        var text = new string('x', firstAt) + word + new string('y', 9000) + word + "z";
        var source = SourceText.From(text);

        Assert.Equal(new[] { firstAt, firstAt + word.Length + 9000 }, AllOccurrences(source, word, 0, source.Length));
        Assert.True(SourceTextSearch.Mentions(source, word));
    }

    [Fact]
    public void KeepsWithinTheRange()
    {
        var source = SourceText.From("abc Spec abc Spec abc");

        Assert.Equal(new[] { 13 }, AllOccurrences(source, "Spec", 5, source.Length));
        Assert.Empty(AllOccurrences(source, "Spec", 0, 7));
        Assert.Equal(-1, SourceTextSearch.IndexOf(source, "Spec", 10, 16));
        Assert.Equal(-1, SourceTextSearch.IndexOf(source, string.Empty, 0, source.Length));
        Assert.False(SourceTextSearch.Mentions(source, "V1ServiceAccount"));
    }

    [Fact]
    public void FindsAdjacentAndManyOccurrences_AcrossChunks()
    {
        var text = SourceText.From(string.Concat(Enumerable.Repeat("specspec.", 3000)));

        var found = AllOccurrences(text, "spec", 0, text.Length);

        Assert.Equal(6000, found.Count);
        Assert.Equal(Enumerable.Range(0, 3000).SelectMany(i => new[] { (i * 9) + 0, (i * 9) + 4 }), found);
    }

    [Theory]
    [InlineData("var x = sp\u200Dec;")]
    [InlineData("var x = spe\u00ADc;")]
    public void MayNameIdentifier_WhenAnIdentifierMayHoldAFormattingCharacter(string code)
    {
        var text = SourceText.From(code);

        Assert.True(SourceTextSearch.MayNameIdentifier(text, "spec"));
        Assert.False(SourceTextSearch.MayNameIdentifier(SourceText.From("var x = other;"), "spec"));
    }

    [Theory]
    [InlineData(@"var x = sp\u0065c;")]
    [InlineData(@"var x = \U00000073pec;")]
    public void MayNameIdentifier_WhenTheTextHoldsAUnicodeEscape(string code)
    {
        var text = SourceText.From(code);

        Assert.True(SourceTextSearch.MayNameIdentifier(text, "spec"));
        Assert.False(SourceTextSearch.MayNameIdentifier(SourceText.From("var x = other;"), "spec"));
    }

    [Fact]
    public void SearchesWordsLongerThanAChunk()
    {
        var word = new string('w', 10_000) + "!";
        var source = SourceText.From("a" + word + "b");

        Assert.Equal(1, SourceTextSearch.IndexOf(source, word, 0, source.Length));
    }

    // Every occurrence, one search from each hit on.
    private static List<int> AllOccurrences(SourceText text, string word, int start, int end)
    {
        var found = new List<int>();
        for (var at = SourceTextSearch.IndexOf(text, word, start, end); at >= 0; at = SourceTextSearch.IndexOf(text, word, at + word.Length, end))
        {
            found.Add(at);
        }

        return found;
    }
}
