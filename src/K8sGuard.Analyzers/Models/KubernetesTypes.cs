using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Models;

/// <summary>The kinds of created objects the rules look at.</summary>
internal enum KubernetesObjectKind
{
    None,
    PodSpec,
    ServiceAccount,
}

/// <summary>
/// The object models of <see cref="ObjectModels"/> resolved against one compilation. Built once at
/// compilation start; <see cref="Resolve"/> returns null when the compilation uses none of them, so
/// rules cost nothing in projects without Kubernetes models.
/// </summary>
internal sealed class KubernetesTypes
{
    private readonly ImmutableDictionary<INamedTypeSymbol, TrackedType> _tracked;
    private readonly ImmutableDictionary<INamedTypeSymbol, ResolvedWorkload> _workloads;
    private readonly ImmutableHashSet<IAssemblySymbol> _modelAssemblies;

    private KubernetesTypes(
        ImmutableDictionary<INamedTypeSymbol, TrackedType> tracked,
        ImmutableDictionary<INamedTypeSymbol, ResolvedWorkload> workloads,
        ImmutableArray<ObjectModelDescription> models)
    {
        _tracked = tracked;
        _workloads = workloads;
        Models = models;
        _modelAssemblies = tracked.Keys.Select(t => t.ContainingAssembly).Where(a => a is not null).ToImmutableHashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>The models this compilation uses.</summary>
    public ImmutableArray<ObjectModelDescription> Models { get; }

    public static KubernetesTypes? Resolve(Compilation compilation)
    {
        var tracked = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, TrackedType>(SymbolEqualityComparer.Default);
        var workloads = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, ResolvedWorkload>(SymbolEqualityComparer.Default);
        var models = ImmutableArray.CreateBuilder<ObjectModelDescription>();
        foreach (var model in ObjectModels.All)
        {
            // GetTypesByMetadataName, not GetTypeByMetadataName: a project may see k8s.Models from two
            // assemblies (KubernetesClient and KubernetesClient.Models), which makes the latter return null.
            var podSpecs = compilation.GetTypesByMetadataName(model.PodSpecTypeName);
            if (podSpecs.IsEmpty)
            {
                continue;
            }

            models.Add(model);
            Add(tracked, podSpecs, new TrackedType(KubernetesObjectKind.PodSpec, model));
            Add(tracked, compilation.GetTypesByMetadataName(model.ServiceAccountTypeName), new TrackedType(KubernetesObjectKind.ServiceAccount, model));
            foreach (var workload in model.WorkloadTypes)
            {
                foreach (var type in compilation.GetTypesByMetadataName(workload.MetadataName))
                {
                    workloads[type] = new ResolvedWorkload(workload.Kind, model);
                }
            }
        }

        return models.Count == 0 ? null : new KubernetesTypes(tracked.ToImmutable(), workloads.ToImmutable(), models.ToImmutable());
    }

    /// <summary>Pod spec or ServiceAccount of any model (or a type derived from one), with its model.</summary>
    public TrackedType Classify(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_tracked.TryGetValue(current.OriginalDefinition, out var tracked))
            {
                return tracked;
            }
        }

        return default;
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
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_workloads.TryGetValue(current.OriginalDefinition, out workload))
            {
                return true;
            }
        }

        workload = default;
        return false;
    }

    /// <summary>The resolved ServiceAccount types of a model (for positional class-era constructor arguments).</summary>
    public IEnumerable<INamedTypeSymbol> ServiceAccountTypes(ObjectModelDescription model)
    {
        foreach (var pair in _tracked)
        {
            if (pair.Value.Kind == KubernetesObjectKind.ServiceAccount && pair.Value.Model == model)
            {
                yield return pair.Key;
            }
        }
    }

    private static void Add(ImmutableDictionary<INamedTypeSymbol, TrackedType>.Builder tracked, ImmutableArray<INamedTypeSymbol> types, TrackedType value)
    {
        foreach (var type in types)
        {
            tracked[type] = value;
        }
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
