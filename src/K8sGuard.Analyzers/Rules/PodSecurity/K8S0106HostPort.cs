using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0106: a container port sets <c>HostPort</c> to a non-zero value (PSS baseline, host ports).</summary>
internal sealed class K8S0106HostPort : FieldValueRule
{
    public const string Id = "K8S0106";

    private static readonly KubernetesField HostPort = new(KubernetesObjectKind.ContainerPort, "hostPort");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Container binds a host port",
        messageFormat: "{0} binds port {1} of the node",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "A host port exposes the container on the node's own address, around network policies and services, and ties "
            + "the pod to nodes where the port is free. The baseline Pod Security Standard allows only 0 (no host port); expose the "
            + "port through a Service instead.");

    private static readonly FixAction Remove = FixAction.RemoveMember(Id, "RemoveHostPort", "Remove the host port");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(HostPort);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is int port && port != 0 && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, Remove, port);
        }
    }
}
