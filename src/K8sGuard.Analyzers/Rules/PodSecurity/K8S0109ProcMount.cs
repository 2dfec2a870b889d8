using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0109: a container's <c>ProcMount</c> is neither unset nor <c>Default</c> (PSS baseline, /proc mount); from Kubernetes
/// 1.35 not when the pod runs in its own user namespace (<c>HostUsers = false</c>).
/// </summary>
internal sealed class K8S0109ProcMount : FieldValueRule
{
    public const string Id = "K8S0109";

    private static readonly KubernetesField ProcMount = new(KubernetesObjectKind.SecurityContext, "procMount");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Unmasked /proc mount",
        messageFormat: "{0} sets ProcMount to '{1}': the node's /proc is visible unmasked",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "By default the container runtime masks and makes read-only the parts of /proc that expose the node (kcore, "
            + "sysrq-trigger, timer lists, …). An Unmasked proc mount removes that protection. The baseline Pod Security Standard "
            + "allows only Default, except for pods in their own user namespace (hostUsers: false, Kubernetes 1.35+).");

    private static readonly FixAction SetDefault = FixAction.ReplaceValue(Id, "SetDefault", "Use the default /proc mount", "\"Default\"");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(ProcMount);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        // The restricted profile's /proc mount check has no user-namespace exemption (Pod Security Admission, 1.35+).
        if (write.Constant is string procMount && procMount != "Default" && write.IsFinal
            && (context.PodSecurityProfile(Rule) == "restricted" || !context.PodRunsInOwnUserNamespace(Rule)))
        {
            context.Report(Rule, write.Syntax, SetDefault, procMount);
        }
    }
}
