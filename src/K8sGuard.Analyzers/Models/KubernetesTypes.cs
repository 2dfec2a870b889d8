using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// The object models of <see cref="ObjectModels"/> resolved against one compilation. Built once at
/// compilation start; <see cref="Resolve"/> returns null when the compilation uses none of them, so
/// rules cost nothing in projects without Kubernetes models.
/// </summary>
internal sealed class KubernetesTypes
{
    private readonly ImmutableHashSet<INamedTypeSymbol> _podSpecTypes;
    private readonly ImmutableDictionary<INamedTypeSymbol, ResolvedWorkload> _workloads;

    private KubernetesTypes(
        ImmutableHashSet<INamedTypeSymbol> podSpecTypes,
        ImmutableDictionary<INamedTypeSymbol, ResolvedWorkload> workloads)
    {
        _podSpecTypes = podSpecTypes;
        _workloads = workloads;
    }

    public static KubernetesTypes? Resolve(Compilation compilation)
    {
        var podSpecs = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var workloads = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, ResolvedWorkload>(SymbolEqualityComparer.Default);
        foreach (var model in ObjectModels.All)
        {
            // GetTypesByMetadataName, not GetTypeByMetadataName: a project may see k8s.Models from two
            // assemblies (KubernetesClient and KubernetesClient.Models), which makes the latter return null.
            var found = false;
            foreach (var type in compilation.GetTypesByMetadataName(model.PodSpecTypeName))
            {
                podSpecs.Add(type);
                found = true;
            }

            if (!found)
            {
                continue;
            }

            foreach (var workload in model.WorkloadTypes)
            {
                foreach (var type in compilation.GetTypesByMetadataName(workload.MetadataName))
                {
                    workloads[type] = new ResolvedWorkload(workload.Kind, model);
                }
            }
        }

        return podSpecs.Count == 0 ? null : new KubernetesTypes(podSpecs.ToImmutable(), workloads.ToImmutable());
    }

    /// <summary>True for a pod spec type of any model, or a type derived from one.</summary>
    public bool IsPodSpec(ITypeSymbol? type) => FindInHierarchy(type, _podSpecTypes) is not null;

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

    private static INamedTypeSymbol? FindInHierarchy(ITypeSymbol? type, ISet<INamedTypeSymbol> candidates)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (candidates.Contains(current.OriginalDefinition))
            {
                return current;
            }
        }

        return null;
    }
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
