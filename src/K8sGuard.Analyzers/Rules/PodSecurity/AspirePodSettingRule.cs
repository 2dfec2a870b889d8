using System.Collections.Immutable;
using K8sGuard.Analyzers.Options;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// A restricted control on the pod Aspire publishes for a resource: Aspire renders one container with no security context,
/// so the setting stays unset unless a <c>PublishAsKubernetesService</c> callback writes it. Judged only where everything
/// the app host does with the resource's builder is read (<see cref="Kubernetes.ResourceBuilderUses"/>), on the call that
/// adds the resource. A callback that writes the pod's OS is not judged (a Windows pod is exempt from most controls), nor a
/// resource whose name (its container's) is in <c>exempt_containers</c>.
/// </summary>
internal abstract class AspirePodSettingRule : AppHostRule
{
    /// <summary>The fix every such diagnostic carries: the missing restricted settings, in the resource's callback.</summary>
    public static readonly ImmutableDictionary<string, string?> HardenFix =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Fix, FixProperties.HardenPublishedPod);

    /// <summary>The members whose write in a callback settles the control (Aspire's property names).</summary>
    protected abstract ImmutableArray<string> Settings { get; }

    /// <summary>Members whose write leaves the control unknown (the pod's OS; a user namespace).</summary>
    protected virtual ImmutableArray<string> Exemptions { get; } = ImmutableArray.Create("Os");

    public override void Analyze(AddedResource resource, AppHostRuleContext context)
    {
        var uses = context.UsesOf(resource);
        if (!uses.IsPublishedAndKnown || WritesAny(uses, Settings) || WritesAny(uses, Exemptions)
            || (resource.Name is { } name && context.Options.GetNames(resource.Call.Syntax.SyntaxTree, Descriptor.Id, RuleOptions.ExemptContainers).Contains(name)))
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptor, resource.NameLocation, HardenFix, resource.Describe()));
    }

    private static bool WritesAny(Kubernetes.ResourceBuilderUses uses, ImmutableArray<string> members)
    {
        foreach (var member in members)
        {
            if (uses.Writes(member))
            {
                return true;
            }
        }

        return false;
    }
}
