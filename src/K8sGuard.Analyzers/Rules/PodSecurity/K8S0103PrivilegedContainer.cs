using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0103: a container's <c>SecurityContext.Privileged</c> is <c>true</c> (PSS baseline, privileged containers).</summary>
internal sealed class K8S0103PrivilegedContainer : FieldValueRule
{
    public const string Id = "K8S0103";

    private static readonly KubernetesField Privileged = new(KubernetesObjectKind.SecurityContext, "privileged");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Privileged container",
        messageFormat: "{0} runs privileged: its processes get every device and kernel capability of the node",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "A privileged container runs with nearly all the host's capabilities and devices, so any process in it can "
            + "load kernel modules, mount the host's disks and escape to the node. The baseline Pod Security Standard forbids it.");

    private static readonly FixAction SetFalse = FixAction.ReplaceValue(Id, "SetFalse", "Set Privileged to false", "false");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(Privileged);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is true && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, SetFalse);
        }
    }
}
