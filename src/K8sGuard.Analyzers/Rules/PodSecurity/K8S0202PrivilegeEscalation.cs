using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0202 (PSS restricted, privilege escalation): a container's <c>AllowPrivilegeEscalation</c> is not <c>false</c> —
/// reported on the container's creation when it ends unset, on the member when it is <c>true</c> (<see cref="Explicit"/>).
/// Windows pods are exempt.
/// </summary>
internal sealed class K8S0202PrivilegeEscalation : ContainerSettingRule
{
    public const string Id = "K8S0202";

    private const string Title = "Container allows privilege escalation";

    private const string Description = "Unless allowPrivilegeEscalation is false, a process can gain more privileges than its "
        + "parent through a setuid binary or file capabilities (no_new_privs is not set). The restricted Pod Security Standard "
        + "requires allowPrivilegeEscalation: false on every container, init and ephemeral ones included; Windows pods are exempt.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} leaves AllowPrivilegeEscalation unset{1}: a setuid binary can give its processes more privileges",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    public static readonly DiagnosticDescriptor ExplicitRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} sets AllowPrivilegeEscalation to true: a setuid binary can give its processes more privileges",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    private static readonly KubernetesField AllowPrivilegeEscalation = new(KubernetesObjectKind.SecurityContext, "allowPrivilegeEscalation");

    public override DiagnosticDescriptor Descriptor => Rule;

    protected override FieldPath Setting { get; } = new(KubernetesFields.ContainerSecurityContext, AllowPrivilegeEscalation);

    protected override bool Fails(CreatedObject container, string path, out Continuation? where) => container.IsUnset(path, out where);

    /// <summary><c>AllowPrivilegeEscalation = true</c>, on the member.</summary>
    internal sealed class Explicit : FieldValueRule
    {
        private static readonly FixAction Disallow = FixAction.ReplaceValue(Id, "DisallowPrivilegeEscalation", "Disallow privilege escalation", "false");

        public override DiagnosticDescriptor Descriptor => ExplicitRule;

        public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(AllowPrivilegeEscalation);

        public override void Analyze(FieldWrite write, FieldRuleContext context)
        {
            if (write.Constant is true && write.IsFinal && !context.PodIsWindows)
            {
                context.Report(ExplicitRule, write.Syntax, Disallow);
            }
        }
    }

    /// <summary>The message for an Aspire resource's pod, reported on the call that adds the resource.</summary>
    public static readonly DiagnosticDescriptor AspireRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} is published to Kubernetes with AllowPrivilegeEscalation unset on its container: no PublishAsKubernetesService callback sets it",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    /// <summary>An Aspire resource published to Kubernetes. Aspire renders the container with no security context: privilege escalation stays allowed.</summary>
    internal sealed class OnAspireResource : AspirePodSettingRule
    {
        public override DiagnosticDescriptor Descriptor => AspireRule;

        protected override ImmutableArray<string> Settings { get; } = ImmutableArray.Create("AllowPrivilegeEscalation");
    }
}
