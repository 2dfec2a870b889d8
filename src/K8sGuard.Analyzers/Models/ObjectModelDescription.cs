using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// What K8sGuard needs to know about one C# Kubernetes object model, as data: metadata names of its types
/// and the names of the properties the rules read. Adding a library means adding a description, not a rule.
/// </summary>
internal sealed class ObjectModelDescription
{
    public ObjectModelDescription(
        string name,
        string podSpecTypeName,
        ImmutableArray<WorkloadType> workloadTypes,
        string metadataPropertyName,
        string namePropertyName)
    {
        Name = name;
        PodSpecTypeName = podSpecTypeName;
        WorkloadTypes = workloadTypes;
        MetadataPropertyName = metadataPropertyName;
        NamePropertyName = namePropertyName;
    }

    /// <summary>Human name of the library, for docs and debugging.</summary>
    public string Name { get; }

    /// <summary>Metadata name of the pod spec type; types derived from it count too.</summary>
    public string PodSpecTypeName { get; }

    /// <summary>Objects that carry a pod spec (directly or through a template), with their Kubernetes kind.</summary>
    public ImmutableArray<WorkloadType> WorkloadTypes { get; }

    /// <summary>Property of a workload that holds its object metadata.</summary>
    public string MetadataPropertyName { get; }

    /// <summary>Property of the object metadata that holds the object's name.</summary>
    public string NamePropertyName { get; }
}

internal readonly struct WorkloadType
{
    public WorkloadType(string metadataName, string kind)
    {
        MetadataName = metadataName;
        Kind = kind;
    }

    public string MetadataName { get; }

    public string Kind { get; }
}
