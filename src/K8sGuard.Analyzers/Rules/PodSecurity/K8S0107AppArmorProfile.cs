using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0107: an AppArmor profile other than <c>RuntimeDefault</c> or <c>Localhost</c>, on the pod or a container, or a
/// <c>container.apparmor.security.beta.kubernetes.io/&lt;name&gt;</c> annotation of a pod's metadata other than
/// <c>runtime/default</c>, <c>localhost/…</c> or empty (PSS baseline, AppArmor).
/// </summary>
internal sealed class K8S0107AppArmorProfile : FieldValueRule
{
    public const string Id = "K8S0107";

    private static readonly KubernetesField AppArmorProfileType = new(KubernetesObjectKind.AppArmorProfile, "type");
    private static readonly KubernetesField Annotations = new(KubernetesObjectKind.ObjectMeta, "annotations");

    public const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "AppArmor profile overridden",
        messageFormat: "{0} sets the AppArmor profile {1}, which the baseline Pod Security Standard does not allow",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "The container runtime's default AppArmor profile denies writes to /proc and /sys, mounts and raw access to "
            + "devices. An Unconfined profile (or any other than RuntimeDefault or a Localhost profile loaded on the node) removes "
            + "that layer. The baseline Pod Security Standard allows only RuntimeDefault and Localhost.");

    private static readonly FixAction RuntimeDefault = FixAction.ReplaceValue(Id, "RuntimeDefault", "Use the runtime's default AppArmor profile", "\"RuntimeDefault\"");

    private static readonly FixAction RuntimeDefaultAnnotation = FixAction.ReplaceValue(Id, "RuntimeDefault", "Use the runtime's default AppArmor profile", "\"runtime/default\"");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(AppArmorProfileType, Annotations);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Field.Equals(AppArmorProfileType))
        {
            if (write.Constant is string type && type is not ("RuntimeDefault" or "Localhost") && write.IsFinal)
            {
                context.Report(Rule, write.Syntax, RuntimeDefault, "'" + type + "'");
            }

            return;
        }

        foreach (var (key, value) in CollectionValues.Entries(write.Value))
        {
            if (PropertyValue.FromOperation(key) is { Kind: PropertyValueKind.Constant, Constant: string name }
                && name.StartsWith(AnnotationPrefix, System.StringComparison.Ordinal)
                && PropertyValue.FromOperation(value) is { Kind: PropertyValueKind.Constant, Constant: string profile }
                && !(profile.Length == 0 || profile == "runtime/default" || profile.StartsWith("localhost/", System.StringComparison.Ordinal))
                && write.IsFinal
                && context.Owners.IsPodMetadata)
            {
                context.Report(Rule, value.Syntax, RuntimeDefaultAnnotation, "'" + profile + "' for container '" + name.Substring(AnnotationPrefix.Length) + "'");
            }
        }
    }
}
