using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// The workload (Deployment, Job, Pod, …) whose creation holds a pod spec in the same expression, with the
/// constant name and namespace its metadata shows there. A pod template's namespace is its workload's.
/// </summary>
internal readonly struct EnclosingWorkload
{
    private EnclosingWorkload(string kind, string? name, string? @namespace)
    {
        Kind = kind;
        Name = name;
        Namespace = @namespace;
    }

    public string Kind { get; }

    /// <summary>Constant <c>metadata.name</c>, or null when not visible or not constant.</summary>
    public string? Name { get; }

    /// <summary>Constant <c>metadata.namespace</c>, or null when not visible or not constant.</summary>
    public string? Namespace { get; }

    public static EnclosingWorkload? Find(CreatedObject podSpec, KubernetesTypes types)
    {
        // The outermost workload wins: a CronJob's pod spec sits inside a Job template, and the user wrote a CronJob.
        var enclosing = podSpec.Site.EnclosingCreations;
        for (var i = enclosing.Length - 1; i >= 0; i--)
        {
            if (types.TryGetWorkload(enclosing[i].Type, out var workload))
            {
                var properties = workload.Model.Properties;
                var metadata = CreationPropertyReader.Read(enclosing[i], properties.Metadata);
                if (metadata.Operation?.WalkDownConversions() is not IObjectCreationOperation metadataCreation)
                {
                    return new EnclosingWorkload(workload.Kind, null, null);
                }

                return new EnclosingWorkload(
                    workload.Kind,
                    ConstantString(metadataCreation, properties.Name, properties),
                    ConstantString(metadataCreation, properties.Namespace, properties));
            }
        }

        return null;
    }

    /// <summary>"Pod spec of Deployment 'web'", "Pod spec of Job", or "Pod spec".</summary>
    public static string Describe(EnclosingWorkload? workload) => workload switch
    {
        null => "Pod spec",
        { Name: null } known => "Pod spec of " + known.Kind,
        { } known => "Pod spec of " + known.Kind + " '" + known.Name + "'",
    };

    private static string? ConstantString(IObjectCreationOperation creation, string property, PropertyNames properties)
        => CreationPropertyReader.Read(creation, property, properties.ParameterFor(property)) is { Kind: PropertyValueKind.Constant, Constant: string text } ? text : null;
}
