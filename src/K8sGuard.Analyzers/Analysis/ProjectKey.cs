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

/// <summary>
/// One reading per project (<see cref="ProjectKey"/>), kept with the project's first tree (it goes when the project's trees
/// do) and made again when a compilation of other trees, references or options asks.
/// </summary>
internal sealed class PerProject<T>
    where T : class
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, Kept> _byFirstTree = new();

    public T Get(Compilation compilation, System.Func<Compilation, T> create)
    {
        var key = new ProjectKey(compilation);
        if (key.FirstTree is not { } first)
        {
            return create(compilation);
        }

        lock (_byFirstTree)
        {
            if (_byFirstTree.TryGetValue(first, out var kept) && kept.Key.Matches(compilation))
            {
                return kept.Value;
            }

            var fresh = new Kept(key, create(compilation));
            _byFirstTree.Remove(first);
            _byFirstTree.Add(first, fresh);
            return fresh.Value;
        }
    }

    private sealed class Kept
    {
        public Kept(ProjectKey key, T value)
        {
            Key = key;
            Value = value;
        }

        public ProjectKey Key { get; }

        public T Value { get; }
    }
}
