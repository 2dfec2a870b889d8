using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0112: a probe's or lifecycle hook's <c>HttpGet.Host</c> or <c>TcpSocket.Host</c> is set (PSS baseline, host probes and
/// lifecycle hooks, Kubernetes 1.34+). No automatic fix: the probe must then reach the pod another way.
/// </summary>
internal sealed class K8S0112HostInProbe : FieldValueRule
{
    public const string Id = "K8S0112";

    private static readonly KubernetesField HttpGetHost = new(KubernetesObjectKind.HttpGetAction, "host");
    private static readonly KubernetesField TcpSocketHost = new(KubernetesObjectKind.TcpSocketAction, "host");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Probe or lifecycle hook targets another host",
        messageFormat: "{0} sends a probe or lifecycle hook to the host '{1}' instead of the pod",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "The kubelet runs HTTP and TCP probes and lifecycle hooks from the node. With a host set, the pod's author "
            + "makes the kubelet connect to any address the node can reach (the node itself, cloud metadata, other services): a "
            + "server-side request forgery. The baseline Pod Security Standard forbids it from Kubernetes 1.34.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(HttpGetHost, TcpSocketHost);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is string host && host.Length > 0 && context.KubernetesVersion(Rule).IsAtLeast(1, 34) && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None, host);
        }
    }
}
