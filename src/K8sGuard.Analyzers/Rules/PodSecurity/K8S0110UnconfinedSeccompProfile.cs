using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>K8S0110: <c>SeccompProfile.Type</c> is <c>Unconfined</c>, on the pod or a container (PSS baseline, seccomp).</summary>
internal sealed class K8S0110UnconfinedSeccompProfile : FieldValueRule
{
    public const string Id = "K8S0110";

    private static readonly KubernetesField SeccompProfileType = new(KubernetesObjectKind.SeccompProfile, "type");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Unconfined seccomp profile",
        messageFormat: "{0} sets the seccomp profile to Unconfined: every system call of the kernel is open to it",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "The runtime's default seccomp profile blocks the system calls most kernel exploits need (keyctl, unshare, "
            + "bpf, …). An Unconfined profile turns that filter off. The baseline Pod Security Standard forbids it; RuntimeDefault "
            + "is what the restricted profile requires.");

    private static readonly FixAction RuntimeDefault = FixAction.ReplaceValue(Id, "RuntimeDefault", "Use the runtime's default seccomp profile", "\"RuntimeDefault\"");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(SeccompProfileType);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is "Unconfined" && write.IsFinal)
        {
            context.Report(Rule, write.Syntax, RuntimeDefault);
        }
    }
}
