using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>The object models K8sGuard recognises, one file per library.</summary>
internal static class ObjectModels
{
    public static readonly ImmutableArray<ObjectModelDescription> All = ImmutableArray.Create(KubernetesClientModel.Model, PulumiModel.Model, AspireModel.Model);
}
