using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Options;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// A restricted control that every container must end with, from its own security context or else the pod's (K8S0203
/// run as non-root, K8S0205 seccomp): reported once, on the pod spec's creation, when the pod leaves the setting unset
/// and some container does too (the fix sets it on the pod, which covers them all). A pod that sets it, even to a bad
/// value (the value's own diagnostic), or whose containers the code does not all show, is not reported here.
/// </summary>
internal abstract class PodWideSettingRule : KubernetesRule
{
    /// <summary>The setting on the pod spec (<c>securityContext.runAsNonRoot</c>).</summary>
    protected abstract FieldPath PodSetting { get; }

    /// <summary>The setting on a container (<c>securityContext.runAsNonRoot</c>).</summary>
    protected abstract FieldPath ContainerSetting { get; }

    /// <summary>True when the control does not apply to this pod (a Windows pod, a pod in its own user namespace).</summary>
    protected abstract bool IsExempt(CreatedObject pod, RuleContext context);

    public sealed override bool AppliesTo(KubernetesObjectKind kind) => kind == KubernetesObjectKind.PodSpec;

    public sealed override void Analyze(CreatedObject created, RuleContext context)
    {
        // A class-era creation that does not bind yet has no fix and no containers to read.
        if (created.Creation is not IObjectCreationOperation)
        {
            return;
        }

        // The containers first (shared by the rules of the pod): when the code does not show them, nothing else is read.
        var podPath = PodSetting.In(created.Model);
        if (context.ContainersOf(created) is not { Count: > 0 } containers || !created.IsUnset(podPath, out var unsetBy) || IsExempt(created, context))
        {
            return;
        }

        var tree = created.Creation.Syntax.SyntaxTree;
        var exempt = context.Options.GetNames(tree, Descriptor.Id, RuleOptions.ExemptContainers);
        if (PodContainers.LeavingUnset(created, containers, ContainerSetting.In(created.Model), exempt, context.Compilation, context.CancellationToken) is not { Count: > 0 } unset)
        {
            return;
        }

        var owners = context.Owners(created);
        context.ReportUnlessExempt(
            Descriptor,
            created,
            owners,
            FixProperties.For(podPath, created.Properties.ParameterFor(podPath)),
            owners.Describe(),
            PodContainers.Describe(unset) + unsetBy?.Describe());
    }
}
