using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// A restricted control on a setting only containers have (K8S0202 privilege escalation, K8S0206 dropped capabilities):
/// every container the code creates, in a pod or on its own (returned by a helper), is judged on what it ends with —
/// later writes, helpers, callers, and loops over its pod's lists — and reported on its creation. Windows pods are exempt.
/// </summary>
internal abstract class ContainerSettingRule : KubernetesRule
{
    /// <summary>The setting on a container (<c>securityContext.allowPrivilegeEscalation</c>).</summary>
    protected abstract FieldPath Setting { get; }

    /// <summary>True when the value the container ends with at <paramref name="path"/> fails the control; false when it passes or is not known.</summary>
    protected abstract bool Fails(CreatedObject container, string path, out Continuation? where);

    public sealed override bool AppliesTo(KubernetesObjectKind kind) => kind is KubernetesObjectKind.Container or KubernetesObjectKind.EphemeralContainer;

    public sealed override void Analyze(CreatedObject created, RuleContext context)
    {
        var path = Setting.In(created.Model);
        if (created.Creation is not IObjectCreationOperation || !Fails(created, path, out var where))
        {
            return;
        }

        var owners = context.Owners(created);
        if (context.PodOf(created) is { } pod
            && (PodFacts.IsWindows(pod) || (owners.ContainerList is { } list && PodContainers.IsWrittenThroughList(pod, list, path, context.Compilation, context.CancellationToken))))
        {
            return;
        }

        context.ReportUnlessExempt(Descriptor, created, owners, FixProperties.For(path, created.Properties.ParameterFor(path)), owners.Describe(), where?.Describe());
    }
}
