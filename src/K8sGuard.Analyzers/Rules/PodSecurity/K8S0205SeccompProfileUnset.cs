using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0205 (PSS restricted, seccomp): some container's effective seccomp profile type (its own, else the pod's) is unset —
/// reported on the pod spec's creation; the fix sets <c>RuntimeDefault</c> on the pod. <c>Unconfined</c> is K8S0110's;
/// Windows pods are exempt.
/// </summary>
internal sealed class K8S0205SeccompProfileUnset : PodWideSettingRule
{
    public const string Id = "K8S0205";

    private const string Title = "Seccomp profile not set";

    private const string Description = "Without a seccomp profile a container runs Unconfined (unless the kubelet enables SeccompDefault): every system "
        + "call of the kernel is open to it. The restricted Pod Security Standard requires every container's effective profile, "
        + "its own or the pod's, to be RuntimeDefault or Localhost; Windows pods are exempt.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} leaves the seccomp profile unset for {1}: it runs without a system-call filter",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    private static readonly KubernetesField PodSeccompProfile = new(KubernetesObjectKind.PodSecurityContext, "seccompProfile");

    private static readonly KubernetesField ContainerSeccompProfile = new(KubernetesObjectKind.SecurityContext, "seccompProfile");

    private static readonly KubernetesField ProfileType = new(KubernetesObjectKind.SeccompProfile, "type");

    public override DiagnosticDescriptor Descriptor => Rule;

    protected override FieldPath PodSetting { get; } = new(KubernetesFields.PodSecurityContext, PodSeccompProfile, ProfileType);

    protected override FieldPath ContainerSetting { get; } = new(KubernetesFields.ContainerSecurityContext, ContainerSeccompProfile, ProfileType);

    protected override bool IsExempt(CreatedObject pod, RuleContext context) => PodFacts.IsWindows(pod);

    /// <summary>The message for an Aspire resource's pod, reported on the call that adds the resource.</summary>
    public static readonly DiagnosticDescriptor AspireRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} is published to Kubernetes with no seccomp profile: no PublishAsKubernetesService callback sets one on the pod or its container",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    /// <summary>An Aspire resource published to Kubernetes. Aspire renders the pod with no security context: the container runs without a system-call filter.</summary>
    internal sealed class OnAspireResource : AspirePodSettingRule
    {
        public override DiagnosticDescriptor Descriptor => AspireRule;

        protected override ImmutableArray<string> Settings { get; } = ImmutableArray.Create("SeccompProfile");
    }
}
