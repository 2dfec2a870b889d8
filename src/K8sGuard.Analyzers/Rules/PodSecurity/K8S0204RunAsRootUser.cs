using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0204: <c>RunAsUser</c> is <c>0</c>, on the pod's or a container's security context (PSS restricted, non-root
/// user); from Kubernetes 1.35 not when the pod runs in its own user namespace (<c>HostUsers = false</c>).
/// </summary>
internal sealed class K8S0204RunAsRootUser : FieldValueRule
{
    public const string Id = "K8S0204";

    private static readonly KubernetesField PodRunAsUser = new(KubernetesObjectKind.PodSecurityContext, "runAsUser");

    private static readonly KubernetesField ContainerRunAsUser = new(KubernetesObjectKind.SecurityContext, "runAsUser");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Runs as the root user",
        messageFormat: "{0} sets RunAsUser to 0: its processes run as root (UID 0)",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        description: "A process running as UID 0 is root inside the container: a container escape, a writable host mount or "
            + "a kernel bug then acts as root on the node. The restricted Pod Security Standard forbids runAsUser: 0 on the pod "
            + "and on every container, except for pods in their own user namespace (hostUsers: false, Kubernetes 1.35+).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(PodRunAsUser, ContainerRunAsUser);

    // No fix: which user the image can run as is the author's decision (the image must have it).
    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is int or long
            && System.Convert.ToInt64(write.Constant, System.Globalization.CultureInfo.InvariantCulture) == 0
            && write.IsFinal
            && !context.PodRunsInOwnUserNamespace(Rule))
        {
            context.Report(Rule, write.Syntax, FixAction.None);
        }
    }
}
