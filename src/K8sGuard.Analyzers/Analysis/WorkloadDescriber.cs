using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>Names the object a diagnostic is about, e.g. "Pod spec of Deployment 'web'".</summary>
internal static class WorkloadDescriber
{
    public static string DescribePodSpec(CreationSite site, KubernetesTypes types)
    {
        // The outermost workload wins: a CronJob's pod spec sits inside a Job template, and the user wrote a CronJob.
        for (var i = site.EnclosingCreations.Length - 1; i >= 0; i--)
        {
            var creation = site.EnclosingCreations[i];
            if (types.TryGetWorkload(creation.Type, out var workload))
            {
                var name = ReadConstantName(creation, workload.Model);
                return name is null
                    ? "Pod spec of " + workload.Kind
                    : "Pod spec of " + workload.Kind + " '" + name + "'";
            }
        }

        return "Pod spec";
    }

    private static string? ReadConstantName(IObjectCreationOperation workload, ObjectModelDescription model)
    {
        var metadata = CreationPropertyReader.Read(workload, model.MetadataPropertyName);
        if (metadata.Operation?.WalkDownConversions() is not IObjectCreationOperation metadataCreation)
        {
            return null;
        }

        var name = CreationPropertyReader.Read(metadataCreation, model.NamePropertyName);
        return name.Kind == PropertyValueKind.Constant ? name.Constant as string : null;
    }
}
