using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0104: a container's <c>Capabilities.Add</c> holds a capability outside the baseline set (PSS baseline, capabilities).</summary>
internal sealed class K8S0104CapabilitiesBeyondBaseline : FieldValueRule
{
    public const string Id = "K8S0104";

    private static readonly KubernetesField CapabilitiesAdd = new(KubernetesObjectKind.Capabilities, "add");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Container adds a capability beyond the baseline set",
        messageFormat: "{0} adds the capability '{1}', which the baseline Pod Security Standard does not allow",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "Linux capabilities split root's powers; the baseline Pod Security Standard allows a container to add only "
            + "AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and "
            + "SYS_CHROOT. Others (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, …) let a process escape the container or take over the node's network.");

    internal static readonly ImmutableHashSet<string> Baseline = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private static readonly FixAction Remove = FixAction.RemoveElement(Id, "RemoveCapability", "Remove the capability");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(CapabilitiesAdd);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        // Each element on its own: a list that is partly unknown (a spread, a variable) still has its constants judged.
        foreach (var element in CollectionValues.Elements(write.Value, out _))
        {
            if (PropertyValue.FromOperation(element) is { Kind: PropertyValueKind.Constant, Constant: string capability }
                && !Baseline.Contains(capability)
                && write.IsFinal)
            {
                context.Report(Rule, element.Syntax, Remove, capability);
            }
        }
    }
}
