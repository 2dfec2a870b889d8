using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.ServiceAccounts;

/// <summary>
/// K8S0001: a pod spec the code creates leaves <c>AutomountServiceAccountToken</c> unset and nothing in the
/// project shows that its service account turns the token off, so Kubernetes mounts the token into every container.
/// </summary>
internal sealed class K8S0001PodSpecTokenAutomount : KubernetesRule
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount,
        title: "Pod spec does not disable service account token automounting",
        messageFormat: "{0} leaves AutomountServiceAccountToken unset, so the service account token is mounted into every container",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "Kubernetes mounts the service account token into every container unless the pod spec sets "
            + "automountServiceAccountToken, or the pod's ServiceAccount sets it to false. Any process in the pod can then "
            + "call the API server. Set it to false, or to true for workloads that call the Kubernetes API.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool AppliesTo(KubernetesObjectKind kind) => kind == KubernetesObjectKind.PodSpec;

    public override void Analyze(CreatedObject created, RuleContext context)
    {
        // Set on every way the pod spec goes: in its method, or, when the method returns it, by each of its callers.
        if (!created.IsUnset(created.Properties.AutomountServiceAccountToken, out var unsetBy))
        {
            return;
        }

        // The pod's own value wins; when it has none, its ServiceAccount's applies (matched by name within the namespace).
        var workload = EnclosingWorkload.Find(created, context.Compilation, context.CancellationToken);
        if (CanRelyOnAServiceAccount(created, context))
        {
            var account = ServiceAccountReference.Of(created, workload, context.CancellationToken);
            if (account.ResolvedAccountDisablesAutomount
                || (account.Name is not null
                    && (context.OptedOutServiceAccounts(created).Contains(account)
                        || context.Compilation.ServiceAccountDisablesAutomount(account, context.CancellationToken))))
            {
                return;
            }
        }

        context.Report(Rule, created, created.Properties.AutomountServiceAccountToken, EnclosingWorkload.Describe(workload) + unsetBy?.Describe());
    }

    // Working out the pod's account is only worth it when something could match it: an account the project
    // creates, one named in the options, or (Pulumi) an account object the pod names through its output.
    private static bool CanRelyOnAServiceAccount(CreatedObject created, RuleContext context)
        => created.Model.ServiceAccountResourceTypeName is not null
           || context.OptedOutServiceAccounts(created).Count > 0
           || !context.Compilation.HasNoServiceAccounts(context.CancellationToken);
}
