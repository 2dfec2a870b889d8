using K8sGuard.Analyzers.Kubernetes;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.ServiceAccounts;

/// <summary>
/// K8S0004: an Aspire app host that publishes to Kubernetes adds a compute resource, and no
/// <c>PublishAsKubernetesService</c> callback on its builder sets the pod's <c>AutomountServiceAccountToken</c>. Aspire
/// renders every such resource as a Deployment or StatefulSet with no service account and no automount setting, so each
/// pod mounts the namespace's <c>default</c> account token; the callback is the only place to change it.
/// </summary>
internal sealed class K8S0004PublishedResourceTokenAutomount : AppHostRule
{
    public const string Id = RuleIdentifiers.PublishedResourceMountsToken;

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Resource published to Kubernetes mounts the service account token",
        messageFormat: "{0} is published to Kubernetes with the service account token mounted: no PublishAsKubernetesService callback sets AutomountServiceAccountToken",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "An Aspire app host with a Kubernetes environment publishes every project and container as a Deployment or "
            + "StatefulSet without a service account or an automountServiceAccountToken setting, so every pod gets the namespace's "
            + "default service account token and any process in it can call the API server. Set it in a PublishAsKubernetesService "
            + "callback: false for resources that do not call the Kubernetes API, true (with a dedicated account) for those that do.");

    private static readonly System.Collections.Immutable.ImmutableDictionary<string, string?> Fix =
        System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Fix, FixProperties.AddPublishCallback);

    /// <summary>The pod spec's member a callback must write.</summary>
    public const string TokenSetting = "AutomountServiceAccountToken";

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AddedResource resource, AppHostRuleContext context)
    {
        if (context.UsesOf(resource) is { IsPublishedAndKnown: true } uses && !uses.Writes(TokenSetting))
        {
            context.Report(Diagnostic.Create(Rule, resource.NameLocation, Fix, resource.Describe()));
        }
    }
}
