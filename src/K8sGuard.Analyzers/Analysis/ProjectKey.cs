using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What a project-wide reading of syntax depends on: the project's trees (the same objects, in order), its references and
/// its options. The driver makes a new compilation for every request (the IDE asks document by document, and
/// CompilationWithAnalyzers clones the compilation for each), so a result kept per compilation would be computed again
/// for every document; kept with this key, it is reused until something is edited.
/// </summary>
internal sealed class ProjectKey
{
    private readonly SyntaxTree[] _trees;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;

    public ProjectKey(Compilation compilation)
    {
        _trees = System.Linq.Enumerable.ToArray(compilation.SyntaxTrees);
        _references = compilation.ExternalReferences;
        _options = compilation.Options;
    }

    /// <summary>The project's first tree: what a cache of such readings is kept with (it goes when the project's trees do).</summary>
    public SyntaxTree? FirstTree => _trees.Length > 0 ? _trees[0] : null;

    public bool Matches(Compilation compilation)
    {
        if (!ReferenceEquals(_options, compilation.Options) || !SameItems(_references, compilation.ExternalReferences))
        {
            return false;
        }

        var i = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (i >= _trees.Length || !ReferenceEquals(_trees[i++], tree))
            {
                return false;
            }
        }

        return i == _trees.Length;
    }

    private static bool SameItems<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
        where T : class
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        for (var i = 0; i < first.Count; i++)
        {
            if (!ReferenceEquals(first[i], second[i]))
            {
                return false;
            }
        }

        return true;
    }
}
