using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Where each simple name of one syntax tree is used (identifier and generic names in code, not declarations), in
/// document order. Built by one pass over the tree's tokens on first need and kept per tree, so every compilation that
/// shares the tree (each keystroke in another document) reuses it. Names are the identifiers' values: a name spelt with
/// Unicode escapes or formatting characters is found under its plain spelling.
/// </summary>
internal sealed class SyntaxNameIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxNameIndex> ByTree = new();
    private static readonly int[] None = Array.Empty<int>();

    private readonly SyntaxNode _root;
    private readonly Dictionary<string, int[]> _positions;

    private SyntaxNameIndex(SyntaxNode root, Dictionary<string, int[]> positions)
    {
        _root = root;
        _positions = positions;
    }

    public static SyntaxNameIndex Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var index))
        {
            return index;
        }

        index = Build(tree, cancellationToken);
        lock (ByTree)
        {
            // Two threads may build the same tree's index; the first one kept is everybody's.
            if (ByTree.TryGetValue(tree, out var kept))
            {
                return kept;
            }

            ByTree.Add(tree, index);
        }

        return index;
    }

    /// <summary>The uses of <paramref name="name"/> inside <paramref name="span"/>, in document order.</summary>
    public IEnumerable<SimpleNameSyntax> Uses(string name, TextSpan span)
    {
        var positions = _positions.TryGetValue(name, out var found) ? found : None;
        for (var i = FirstAtOrAfter(positions, span.Start); i < positions.Length && positions[i] < span.End; i++)
        {
            if (_root.FindToken(positions[i]).Parent is SimpleNameSyntax use)
            {
                yield return use;
            }
        }
    }

    /// <summary>Every use of <paramref name="name"/> in the tree.</summary>
    public IEnumerable<SimpleNameSyntax> Uses(string name) => Uses(name, _root.FullSpan);

    private static SyntaxNameIndex Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var read = 0;
        foreach (var token in root.DescendantTokens())
        {
            if ((++read & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is IdentifierNameSyntax or GenericNameSyntax)
            {
                var name = token.ValueText;
                if (!lists.TryGetValue(name, out var list))
                {
                    lists.Add(name, list = new List<int>(2));
                }

                list.Add(token.SpanStart);
            }
        }

        var positions = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            positions.Add(pair.Key, pair.Value.ToArray());
        }

        return new SyntaxNameIndex(root, positions);
    }

    private static int FirstAtOrAfter(int[] positions, int start)
    {
        var (low, high) = (0, positions.Length);
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (positions[middle] < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
