using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0101: <c>WindowsOptions.HostProcess = true</c>, on the pod or a container (PSS baseline, HostProcess).</summary>
internal sealed class K8S0101HostProcess : FieldValueRule
{
    public const string Id = "K8S0101";

    private static readonly KubernetesField HostProcess = new(KubernetesObjectKind.WindowsSecurityContextOptions, "hostProcess");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Windows HostProcess container",
        messageFormat: "{0} sets WindowsOptions.HostProcess to true: a HostProcess container runs as a process on the Windows node, with the node's network and file system",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "A Windows HostProcess container is not isolated from its node: it runs as a host process with access to the "
            + "host network, file system and devices. The baseline Pod Security Standard forbids it; clusters enforcing it reject the pod.");

    private static readonly FixAction SetFalse = FixAction.ReplaceValue(Id, "SetFalse", "Set HostProcess to false", "false");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(HostProcess);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is true && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, SetFalse);
        }
    }
}
