using System;
using System.Collections.Immutable;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Options;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// A rule that judges the values the code writes into fields (<c>Privileged = true</c>): it declares the fields it reads,
/// and is handed every write of one of them, wherever the code makes it (an initializer, a constructor argument, a
/// <c>with</c>, a later assignment, a helper), once. It reports on the write itself.
/// </summary>
internal abstract class FieldValueRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract ImmutableArray<KubernetesField> Fields { get; }

    public abstract void Analyze(FieldWrite write, FieldRuleContext context);
}

/// <summary>What a <see cref="FieldValueRule"/> may consult about one write, and where it reports.</summary>
internal sealed class FieldRuleContext
{
    private readonly FieldWrite _write;
    private readonly Action<Diagnostic> _report;
    private ObjectOwners? _owners;
    private bool _podRead;
    private CreatedObject? _pod;

    public FieldRuleContext(FieldWrite write, KubernetesCompilation compilation, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _write = write;
        Compilation = compilation;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public KubernetesCompilation Compilation { get; }

    public RuleOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The container, pod spec and workload around the written object (found on first use).</summary>
    public ObjectOwners Owners => _owners ??= ObjectOwners.Find(_write, Compilation, CancellationToken);

    public KubernetesVersion KubernetesVersion(DiagnosticDescriptor rule) => Options.GetKubernetesVersion(_write.Syntax.SyntaxTree, rule.Id);

    /// <summary>The pod-security profile the project chose (<c>K8sGuardPodSecurity</c>, through <c>k8sguard.pod_security.profile</c>): baseline unless set.</summary>
    public string PodSecurityProfile(DiagnosticDescriptor rule) => Options.PodSecurityProfile(_write.Syntax.SyntaxTree, rule.Id);

    /// <summary>
    /// True when, for a cluster of Kubernetes 1.35 or later (the version <paramref name="rule"/> is configured for), the
    /// pod around the write runs in its own user namespace: its spec ends with <c>HostUsers = false</c>. Pod Security then
    /// relaxes the /proc mount, non-root and non-root-user controls.
    /// </summary>
    public bool PodRunsInOwnUserNamespace(DiagnosticDescriptor rule)
        => KubernetesVersion(rule).IsAtLeast(1, 35) && PodOf(Owners) is { } pod && PodFacts.RunsInOwnUserNamespace(pod);

    /// <summary>True when the pod around the write ends with <c>Os.Name = "windows"</c> (exempt from some restricted controls).</summary>
    public bool PodIsWindows => PodOf(Owners) is { } pod && PodFacts.IsWindows(pod);

    // The pod spec around the write, when the code shows its creation (read once per write, for every rule asking).
    private CreatedObject? PodOf(ObjectOwners owners)
    {
        if (!_podRead)
        {
            _podRead = true;
            _pod = owners.PodSpec is { } podSpec ? new CreatedObject(podSpec, Compilation.Types.Classify(podSpec.Type), Compilation.LaterWrites, CancellationToken) : null;
        }

        return _pod;
    }

    /// <summary>
    /// Reports <paramref name="rule"/> on <paramref name="location"/> (the write, or an element of the list it writes),
    /// its message naming the owner first, unless the owner is exempt: a container listed in <c>exempt_containers</c>, a
    /// workload in a namespace listed in <c>exempt_namespaces</c>.
    /// </summary>
    public void Report(DiagnosticDescriptor rule, SyntaxNode location, FixAction fix, params object?[] messageArguments)
    {
        var owners = Owners;
        var tree = location.SyntaxTree;
        if ((owners.IsContainerLevel && owners.ContainerName is { } container && Options.GetNames(tree, rule.Id, RuleOptions.ExemptContainers).Contains(container))
            || (owners.Workload?.Namespace is { } ns && Options.GetNames(tree, rule.Id, RuleOptions.ExemptNamespaces).Contains(ns)))
        {
            return;
        }

        var arguments = new object?[messageArguments.Length + 1];
        arguments[0] = owners.Describe();
        messageArguments.CopyTo(arguments, 1);
        _report(Diagnostic.Create(rule, location.GetLocation(), fix.Properties, arguments));
    }
}
