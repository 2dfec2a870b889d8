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

    /// <summary>
    /// An Aspire pod: its <c>PublishAsKubernetesService</c> callback writes <c>AutomountServiceAccountToken = true</c> and
    /// names no service account (Aspire sets none), on that assignment. Not where Aspire's AKS integration may give the
    /// resource an account of its own (workload identity).
    /// </summary>
    internal sealed class InAspireCallback : FieldValueRule
    {
        private static readonly KubernetesField Automount = new(KubernetesObjectKind.PodSpec, "automountServiceAccountToken");

        private static readonly FixAction Disable = FixAction.ReplaceValue(RuleIdentifiers.PodMountsDefaultServiceAccountToken, "DisableAutomount", "Disable service account token automounting", "false");

        public override DiagnosticDescriptor Descriptor => CallbackRule;

        public override System.Collections.Immutable.ImmutableArray<KubernetesField> Fields { get; } = System.Collections.Immutable.ImmutableArray.Create(Automount);

        public override void Analyze(FieldWrite write, FieldRuleContext context)
        {
            if (write.Model != AspireModel.Model || write.Constant is not true || !write.IsFinal
                || context.Compilation.AppHost is not { MayAssignServiceAccounts: false }
                || context.Owners.Workload is not { Kind: "Aspire resource" }
                || NamesAnAccount(write.Syntax))
            {
                return;
            }

            context.Report(CallbackRule, write.Syntax, Disable);
        }

        // The callback around the write names a service account (`spec.ServiceAccountName = "operator"`): a dedicated one,
        // unless it is "default" — any other value, even one computed, is taken as dedicated.
        private static bool NamesAnAccount(SyntaxNode write)
        {
            var callback = write.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax>();
            if (callback is null)
            {
                return true;
            }

            foreach (var node in callback.DescendantNodes())
            {
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax { Left: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ServiceAccountName" or "ServiceAccount" } } assignment
                    && assignment.Right is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax { Token.ValueText: "default" or "" })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The message for an Aspire pod, whose service account only its callback can name.</summary>
    public static readonly DiagnosticDescriptor CallbackRule = RuleDescriptors.Create(
        RuleIdentifiers.PodMountsDefaultServiceAccountToken,
        title: "Pod mounts the default service account's token",
        messageFormat: "{0} mounts the token of the namespace's default service account: the callback sets AutomountServiceAccountToken = true and names no ServiceAccountName (Aspire sets none)",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: Rule.Description.ToString());
}
