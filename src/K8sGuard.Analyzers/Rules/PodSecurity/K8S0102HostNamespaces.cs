using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0102: <c>HostNetwork</c>, <c>HostPID</c> or <c>HostIPC</c> is <c>true</c> (PSS baseline, host namespaces), one diagnostic per field.</summary>
internal sealed class K8S0102HostNamespaces : FieldValueRule
{
    public const string Id = "K8S0102";

    private static readonly KubernetesField HostNetwork = new(KubernetesObjectKind.PodSpec, "hostNetwork");
    private static readonly KubernetesField HostPid = new(KubernetesObjectKind.PodSpec, "hostPID");
    private static readonly KubernetesField HostIpc = new(KubernetesObjectKind.PodSpec, "hostIPC");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Pod shares a host namespace",
        messageFormat: "{0} sets {1} to true: it shares the node's {2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "A pod in the host's network namespace can bind any port of the node and see its traffic; in the host's PID "
            + "namespace it can see and signal every process of the node; in the host's IPC namespace it can read shared memory "
            + "of other workloads. The baseline Pod Security Standard forbids all three.");

    private static readonly FixAction SetFalse = FixAction.ReplaceValue(Id, "SetFalse", "Stop sharing the host namespace", "false");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(HostNetwork, HostPid, HostIpc);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is true && write.IsFinal)
        {
            var shared = write.Field.Name switch
            {
                "hostNetwork" => "network namespace (its interfaces and ports)",
                "hostPID" => "process ID namespace (every process on the node)",
                _ => "IPC namespace (its shared memory and message queues)",
            };
            context.Report(Rule, write.Syntax, SetFalse, write.Model.PropertyOf(write.Field), shared);
        }
    }
}
