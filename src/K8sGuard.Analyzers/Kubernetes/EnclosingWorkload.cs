using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;

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

    /// <summary>The workload <paramref name="creation"/> creates, with the name and namespace its metadata ends with (later writes included).</summary>
    public static EnclosingWorkload Of(Microsoft.CodeAnalysis.Operations.IObjectCreationOperation creation, ResolvedWorkload workload, LaterWrites laterWrites, System.Threading.CancellationToken cancellationToken)
    {
        var metadata = ObjectMetadata.Of(creation, workload.Model.Properties, laterWrites, cancellationToken);
        return new EnclosingWorkload(workload.Kind, metadata.Name, metadata.Namespace);
    }

    /// <summary>A workload of a known kind whose creation the code does not show (a parameter, a field set elsewhere).</summary>
    public static EnclosingWorkload OfKind(string kind, string? name = null) => new(kind, name, null);

    public static EnclosingWorkload? Find(CreatedObject podSpec, KubernetesCompilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var types = compilation.Types;
        // The outermost workload wins: a CronJob's pod spec sits inside a Job template, and the user wrote a CronJob.
        var enclosing = CreationSite.FindEnclosingCreations(podSpec.Creation);
        for (var i = enclosing.Count - 1; i >= 0; i--)
        {
            if (types.TryGetWorkload(enclosing[i].Type, out var workload))
            {
                return Of(enclosing[i], workload, compilation.LaterWrites, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>" of Deployment 'web'", " of Job", or nothing: what follows the name of an object the workload holds.</summary>
    public static string Suffix(EnclosingWorkload? workload) => workload switch
    {
        null => string.Empty,
        { Name: null } known => " of " + known.Kind,
        { } known => " of " + known.Kind + " '" + known.Name + "'",
    };

    /// <summary>"Pod spec of Deployment 'web'", "Pod spec of Job", or "Pod spec".</summary>
    public static string Describe(EnclosingWorkload? workload) => workload switch
    {
        null => "Pod spec",
        { Name: null } known => "Pod spec of " + known.Kind,
        { } known => "Pod spec of " + known.Kind + " '" + known.Name + "'",
    };
}
