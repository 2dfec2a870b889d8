using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.ServiceAccounts;

/// <summary>
/// K8S0003: a pod spec sets <c>AutomountServiceAccountToken = true</c> and runs as its namespace's <c>default</c>
/// service account, which every pod of the namespace shares. API access belongs to a dedicated account.
/// </summary>
internal sealed class K8S0003DefaultServiceAccountToken : KubernetesRule
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PodMountsDefaultServiceAccountToken,
        title: "Pod mounts the default service account's token",
        messageFormat: "{0} mounts the token of the namespace's default service account; run it as a dedicated ServiceAccount with its own RBAC, or disable automounting",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "The default service account is shared by every pod in the namespace that names no other. A pod that "
            + "mounts its token gives every permission granted to 'default' to any process in the pod, and any grant made "
            + "for this pod to every other pod. Give API clients their own ServiceAccount, Role and RoleBinding.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool AppliesTo(KubernetesObjectKind kind) => kind == KubernetesObjectKind.PodSpec;

    public override void Analyze(CreatedObject created, RuleContext context)
    {
        // Only the creation's own `true` (initializer, class-era constructor): that is what the code fix changes; nothing
        // later, nor any caller of a method that returns the pod spec, may write it again.
        var automount = created.Properties.AutomountServiceAccountToken;
        if (created.Own(automount) is not { Kind: PropertyValueKind.Constant, Constant: true } || !created.Later(automount).IsEmpty || WrittenByACaller(created, automount))
        {
            return;
        }

        var workload = EnclosingWorkload.Find(created, context.Compilation, context.CancellationToken);
        if (ServiceAccountReference.Of(created, workload, context.CancellationToken).IsDefaultAccount)
        {
            context.Report(Rule, created, automount, EnclosingWorkload.Describe(workload));
        }
    }

    private static bool WrittenByACaller(CreatedObject created, string automount)
    {
        foreach (var continuation in created.Continuations(automount))
        {
            if (!continuation.Values.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
