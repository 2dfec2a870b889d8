using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0206 (PSS restricted, capabilities): a container does not drop <c>ALL</c> — reported on its creation when
/// <c>Capabilities.Drop</c> ends unset or a list without <c>"ALL"</c> — or adds a capability other than
/// <c>NET_BIND_SERVICE</c> (<see cref="Explicit"/>; one outside the baseline set is K8S0104's). Windows pods are exempt.
/// </summary>
internal sealed class K8S0206CapabilitiesNotDropped : ContainerSettingRule
{
    public const string Id = "K8S0206";

    private const string Title = "Container does not drop all capabilities";

    private const string Description = "A container keeps the runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, NET_RAW, "
        + "SETUID, SETGID, …) unless it drops them. The restricted Pod Security Standard requires every container to drop ALL and "
        + "to add back at most NET_BIND_SERVICE; Windows pods are exempt.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} does not drop ALL capabilities{1}: it keeps the runtime's default set (NET_RAW, SETUID, …)",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    public static readonly DiagnosticDescriptor ExplicitRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} adds the capability '{1}': the restricted Pod Security Standard allows only NET_BIND_SERVICE",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    private const string All = "ALL";

    private static readonly KubernetesField Capabilities = new(KubernetesObjectKind.SecurityContext, "capabilities");

    private static readonly KubernetesField Drop = new(KubernetesObjectKind.Capabilities, "drop");

    private static readonly KubernetesField Add = new(KubernetesObjectKind.Capabilities, "add");

    public override DiagnosticDescriptor Descriptor => Rule;

    protected override FieldPath Setting { get; } = new(KubernetesFields.ContainerSecurityContext, Capabilities, Drop);

    // Unset, or a list of constants without "ALL"; a list the code does not show whole (a variable, a later Add) is not known.
    protected override bool Fails(CreatedObject container, string path, out Continuation? where)
    {
        if (container.IsUnset(path, out where))
        {
            return true;
        }

        if (container.Final(path).Operation is not { } list)
        {
            return false;
        }

        var elements = CollectionValues.Elements(list, out var complete);
        if (!complete)
        {
            return false;
        }

        foreach (var element in elements)
        {
            if (PropertyValue.FromOperation(element) is not { Kind: PropertyValueKind.Constant, Constant: string capability } || capability == All)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An added capability of the baseline set other than <c>NET_BIND_SERVICE</c>, on the element.</summary>
    internal sealed class Explicit : FieldValueRule
    {
        private static readonly FixAction Remove = FixAction.RemoveElement(Id, "RemoveCapability", "Remove the capability");

        public override DiagnosticDescriptor Descriptor => ExplicitRule;

        public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(Add);

        public override void Analyze(FieldWrite write, FieldRuleContext context)
        {
            foreach (var element in CollectionValues.Elements(write.Value, out _))
            {
                if (PropertyValue.FromOperation(element) is { Kind: PropertyValueKind.Constant, Constant: string capability }
                    && capability != "NET_BIND_SERVICE"
                    && K8S0104CapabilitiesBeyondBaseline.Baseline.Contains(capability)
                    && write.IsFinal
                    && !context.PodIsWindows)
                {
                    context.Report(ExplicitRule, element.Syntax, Remove, capability);
                }
            }
        }
    }

    /// <summary>The message for an Aspire resource's pod, reported on the call that adds the resource.</summary>
    public static readonly DiagnosticDescriptor AspireRule = RuleDescriptors.Create(
        Id,
        Title,
        messageFormat: "{0} is published to Kubernetes with its container's capabilities not dropped: no PublishAsKubernetesService callback drops ALL",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        Description);

    /// <summary>An Aspire resource published to Kubernetes. Aspire renders the container with no security context: it keeps the runtime's default capabilities.</summary>
    internal sealed class OnAspireResource : AspirePodSettingRule
    {
        public override DiagnosticDescriptor Descriptor => AspireRule;

        protected override ImmutableArray<string> Settings { get; } = ImmutableArray.Create("Drop", "Capabilities");
    }
}
