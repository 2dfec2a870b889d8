using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0203 (PSS restricted, running as non-root): some container's effective <c>RunAsNonRoot</c> (its own, else the
/// pod's) is not <c>true</c> — reported on the pod spec's creation when both leave it unset, and on the member that writes
/// <c>false</c> at either level (<see cref="Explicit"/>). From Kubernetes 1.35 not for a pod in its own user namespace.
/// </summary>
internal sealed class K8S0203RunAsNonRoot : PodWideSettingRule
{
    public const string Id = "K8S0203";

    private const string Title = "Containers may run as root";

    private const string Description = "Unless runAsNonRoot is true, the kubelet starts a container whose image names no user, or "
        + "user 0, as root. The restricted Pod Security Standard requires runAsNonRoot: true for every container, from its own "
        + "security context or the pod's, and forbids false at either level; pods in their own user namespace (hostUsers: false, "
        + "Kubernetes 1.35+) are exempt.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} leaves RunAsNonRoot unset for {1}: the kubelet lets it start as root",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    public static readonly DiagnosticDescriptor ExplicitRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} sets RunAsNonRoot to false: the kubelet lets its containers start as root",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    private static readonly KubernetesField PodRunAsNonRoot = new(KubernetesObjectKind.PodSecurityContext, "runAsNonRoot");

    private static readonly KubernetesField ContainerRunAsNonRoot = new(KubernetesObjectKind.SecurityContext, "runAsNonRoot");

    public override DiagnosticDescriptor Descriptor => Rule;

    protected override FieldPath PodSetting { get; } = new(KubernetesFields.PodSecurityContext, PodRunAsNonRoot);

    protected override FieldPath ContainerSetting { get; } = new(KubernetesFields.ContainerSecurityContext, ContainerRunAsNonRoot);

    protected override bool IsExempt(CreatedObject pod, RuleContext context)
        => context.KubernetesVersion(Rule, pod.Creation.Syntax.SyntaxTree).IsAtLeast(1, 35) && PodFacts.RunsInOwnUserNamespace(pod);

    /// <summary><c>RunAsNonRoot = false</c> on the pod or a container, on the member (a bad pod value fails even under good container ones).</summary>
    internal sealed class Explicit : FieldValueRule
    {
        private static readonly FixAction RequireNonRoot = FixAction.ReplaceValue(Id, "RequireNonRoot", "Require a non-root user", "true");

        public override DiagnosticDescriptor Descriptor => ExplicitRule;

        public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(PodRunAsNonRoot, ContainerRunAsNonRoot);

        public override void Analyze(FieldWrite write, FieldRuleContext context)
        {
            if (write.Constant is false && write.IsFinal && !context.PodRunsInOwnUserNamespace(ExplicitRule))
            {
                context.Report(ExplicitRule, write.Syntax, RequireNonRoot);
            }
        }
    }

    /// <summary>The message for an Aspire resource's pod, reported on the call that adds the resource.</summary>
    public static readonly DiagnosticDescriptor AspireRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} is published to Kubernetes with RunAsNonRoot unset: no PublishAsKubernetesService callback sets it on the pod or its container",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    /// <summary>An Aspire resource published to Kubernetes. Aspire renders the pod with no security context: the kubelet lets the container start as root.</summary>
    internal sealed class OnAspireResource : AspirePodSettingRule
    {
        public override DiagnosticDescriptor Descriptor => AspireRule;

        protected override ImmutableArray<string> Settings { get; } = ImmutableArray.Create("RunAsNonRoot");

        protected override ImmutableArray<string> Exemptions { get; } = ImmutableArray.Create("Os", "HostUsers");
    }
}
