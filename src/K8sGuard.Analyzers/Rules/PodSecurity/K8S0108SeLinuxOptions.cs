using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0108: <c>SeLinuxOptions.Type</c> outside the allowed container types, or <c>User</c>/<c>Role</c> set, on the pod or a
/// container (PSS baseline, SELinux). No automatic fix: the right label depends on the node's policy.
/// </summary>
internal sealed class K8S0108SeLinuxOptions : FieldValueRule
{
    public const string Id = "K8S0108";

    private static readonly KubernetesField SeLinuxType = new(KubernetesObjectKind.SeLinuxOptions, "type");
    private static readonly KubernetesField SeLinuxUser = new(KubernetesObjectKind.SeLinuxOptions, "user");
    private static readonly KubernetesField SeLinuxRole = new(KubernetesObjectKind.SeLinuxOptions, "role");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Custom SELinux options",
        messageFormat: "{0} sets the SELinux {1} '{2}', which the baseline Pod Security Standard does not allow",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "SELinux labels confine what a container's processes may touch on the node. A custom type (spc_t, unconfined_t, …) "
            + "or an SELinux user or role lifts that confinement. The baseline Pod Security Standard allows only the types container_t, "
            + "container_init_t, container_kvm_t and (Kubernetes 1.31+) container_engine_t, and no user or role.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(SeLinuxType, SeLinuxUser, SeLinuxRole);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is not string value || value.Length == 0)
        {
            return;
        }

        if (write.Field.Equals(SeLinuxType)
            && (value is "container_t" or "container_init_t" or "container_kvm_t"
                || (value == "container_engine_t" && context.KubernetesVersion(Rule).IsAtLeast(1, 31))))
        {
            return;
        }

        if (write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None, write.Field.Name, value);
        }
    }
}
