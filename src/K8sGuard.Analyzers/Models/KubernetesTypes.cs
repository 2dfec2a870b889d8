using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// The object models of <see cref="ObjectModels"/> resolved against one compilation. <see cref="Resolve"/> looks for
/// the pod spec type first and returns null when the compilation uses no model, so rules cost nothing in projects
/// without Kubernetes models; then every kind of the model is looked up once; workload types are resolved on first need (naming a workload in
/// a message). Classifying a created type costs one dictionary probe once its answer is cached.
/// </summary>
internal sealed class KubernetesTypes
{
    private readonly Dictionary<INamedTypeSymbol, TrackedType> _tracked;
    private readonly HashSet<IAssemblySymbol> _modelAssemblies;
    // Keyed by reference: an original definition is one symbol object per compilation, so a cache needs no more than
    // reference equality, and every object creation of the project is classified here.
    private readonly ConcurrentDictionary<INamedTypeSymbol, TrackedType> _classified = new(ReferenceComparer.Instance);
    private readonly Lazy<Dictionary<INamedTypeSymbol, ResolvedWorkload>> _workloads;

    private KubernetesTypes(Dictionary<INamedTypeSymbol, TrackedType> tracked, ImmutableArray<ObjectModelDescription> models)
    {
        _tracked = tracked;
        Models = models;
        _modelAssemblies = new HashSet<IAssemblySymbol>(tracked.Keys.Select(t => t.ContainingAssembly).Where(a => a is not null), SymbolEqualityComparer.Default);
        _workloads = new Lazy<Dictionary<INamedTypeSymbol, ResolvedWorkload>>(ResolveWorkloads);
    }

    /// <summary>The models this compilation uses.</summary>
    public ImmutableArray<ObjectModelDescription> Models { get; }

    public static KubernetesTypes? Resolve(Compilation compilation)
    {
        var tracked = new Dictionary<INamedTypeSymbol, TrackedType>(SymbolEqualityComparer.Default);
        var models = ImmutableArray.CreateBuilder<ObjectModelDescription>();

        // Every assembly that declares a model's pod spec is asked for its types: a project may see k8s.Models from
        // two assemblies (KubernetesClient and KubernetesClient.Models). A referenced assembly's type names are a set
        // computed once per metadata file, so a project without Kubernetes models costs one probe per assembly and model;
        // the project's own (source stubs, generated models) are asked by the pod spec's full name, which stops at the
        // first namespace the project does not declare (the set of its type names would be computed again for every
        // compilation, which the IDE makes for every document request).
        foreach (var model in ObjectModels.All)
        {
            Add(compilation.Assembly, model, tracked, models);

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.TypeNames.Contains(model.PodSpecShortName))
                {
                    Add(assembly, model, tracked, models);
                }
            }
        }

        return models.Count == 0 ? null : new KubernetesTypes(tracked, models.ToImmutable());
    }

    private static void Add(IAssemblySymbol assembly, ObjectModelDescription model, Dictionary<INamedTypeSymbol, TrackedType> tracked, ImmutableArray<ObjectModelDescription>.Builder models)
    {
        if (assembly.GetTypeByMetadataName(model.PodSpecTypeName) is not { } podSpec)
        {
            return;
        }

        if (!models.Contains(model))
        {
            models.Add(model);
        }

        tracked[podSpec] = new TrackedType(KubernetesObjectKind.PodSpec, model);
        if (model.ServiceAccountTypeName is { } accountTypeName && assembly.GetTypeByMetadataName(accountTypeName) is { } account)
        {
            tracked[account] = new TrackedType(KubernetesObjectKind.ServiceAccount, model);
        }

        foreach (var kind in model.Kinds)
        {
            if (assembly.GetTypeByMetadataName(kind.MetadataName) is { } type)
            {
                tracked[type] = new TrackedType(kind.Kind, model);
            }
        }
    }

    /// <summary>The kind of a model type (or of a type derived from one), with its model; <c>None</c> for any other type.</summary>
    /// <remarks>
    /// Cached by original definition: every construction of a generic type has the same answer (base types are
    /// compared by original definition), so every <c>List&lt;V1Container&gt;</c>, <c>Dictionary&lt;string, string&gt;</c>, …
    /// shares one entry. It is also what makes the reference-keyed cache hold: a creation's type may be a new symbol
    /// object each time (one carrying its nullable annotation), its original definition is the one object of the compilation.
    /// </remarks>
    public TrackedType Classify(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { OriginalDefinition: var definition })
        {
            return default;
        }

        return _classified.TryGetValue(definition, out var known) ? known : _classified.GetOrAdd(definition, ClassifyUncached(definition));
    }

    /// <summary>
    /// True for a type of a model's assembly (pod specs, templates, workloads, metadata; Pulumi's args) or a source
    /// type derived from a tracked one: the only objects whose flow through a method can matter to a rule.
    /// </summary>
    public bool IsModelType(ITypeSymbol? type)
        => type is INamedTypeSymbol named
           && ((named.ContainingAssembly is { } assembly && _modelAssemblies.Contains(assembly)) || Classify(named).Kind != KubernetesObjectKind.None);

    public bool TryGetWorkload(ITypeSymbol? type, out ResolvedWorkload workload)
    {
        var workloads = _workloads.Value;
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (workloads.TryGetValue(current.OriginalDefinition, out workload))
            {
                return true;
            }
        }

        workload = default;
        return false;
    }

    private TrackedType ClassifyUncached(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_tracked.TryGetValue(current.OriginalDefinition, out var tracked))
            {
                return tracked;
            }
        }

        return default;
    }

    private Dictionary<INamedTypeSymbol, ResolvedWorkload> ResolveWorkloads()
    {
        var workloads = new Dictionary<INamedTypeSymbol, ResolvedWorkload>(SymbolEqualityComparer.Default);
        foreach (var pair in _tracked)
        {
            if (pair.Value.Kind != KubernetesObjectKind.PodSpec || pair.Key.ContainingAssembly is not { } assembly)
            {
                continue;
            }

            var model = pair.Value.Model;
            foreach (var workload in model.WorkloadTypes)
            {
                if (assembly.GetTypeByMetadataName(workload.MetadataName) is { } type)
                {
                    workloads[type] = new ResolvedWorkload(workload.Kind, model);
                }
            }
        }

        return workloads;
    }

    // Symbols compared by reference: a cache key, never a test of symbol equality.
    private sealed class ReferenceComparer : IEqualityComparer<INamedTypeSymbol>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(INamedTypeSymbol? x, INamedTypeSymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(INamedTypeSymbol obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

internal readonly struct TrackedType
{
    public TrackedType(KubernetesObjectKind kind, ObjectModelDescription model)
    {
        Kind = kind;
        Model = model;
    }

    public KubernetesObjectKind Kind { get; }

    public ObjectModelDescription Model { get; }
}

internal readonly struct ResolvedWorkload
{
    public ResolvedWorkload(string kind, ObjectModelDescription model)
    {
        Kind = kind;
        Model = model;
    }

    public string Kind { get; }

    public ObjectModelDescription Model { get; }
}
