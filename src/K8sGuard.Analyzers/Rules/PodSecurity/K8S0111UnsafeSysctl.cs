using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Rules.PodSecurity;

/// <summary>
/// K8S0111: a pod sysctl outside the safe set of the targeted Kubernetes version (PSS baseline, sysctls). No automatic
/// fix: removing a sysctl changes what the workload relies on.
/// </summary>
internal sealed class K8S0111UnsafeSysctl : FieldValueRule
{
    public const string Id = "K8S0111";

    private static readonly KubernetesField SysctlName = new(KubernetesObjectKind.Sysctl, "name");

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        Id,
        title: "Unsafe sysctl",
        messageFormat: "{0} sets the sysctl '{1}', which is not in the safe set the baseline Pod Security Standard allows{2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        description: "Most kernel parameters are node-wide or let one pod starve the node. Only a safe, namespaced set may be set "
            + "by a pod: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, "
            + "net.ipv4.ip_unprivileged_port_start, and in newer Kubernetes versions a few more net.ipv4 parameters.");

    private static readonly ImmutableArray<(string Name, int Minor)> Safe = ImmutableArray.Create(
        ("kernel.shm_rmid_forced", 0),
        ("net.ipv4.ip_local_port_range", 0),
        ("net.ipv4.tcp_syncookies", 0),
        ("net.ipv4.ping_group_range", 0),
        ("net.ipv4.ip_unprivileged_port_start", 0),
        ("net.ipv4.ip_local_reserved_ports", 27),
        ("net.ipv4.tcp_keepalive_time", 29),
        ("net.ipv4.tcp_fin_timeout", 29),
        ("net.ipv4.tcp_keepalive_intvl", 29),
        ("net.ipv4.tcp_keepalive_probes", 29),
        ("net.ipv4.tcp_rmem", 32),
        ("net.ipv4.tcp_wmem", 32),
        ("net.ipv4.tcp_slow_start_after_idle", 37),
        ("net.ipv4.tcp_notsent_lowat", 37));

    public override DiagnosticDescriptor Descriptor => Rule;

    public override ImmutableArray<KubernetesField> Fields { get; } = ImmutableArray.Create(SysctlName);

    public override void Analyze(FieldWrite write, FieldRuleContext context)
    {
        if (write.Constant is not string name || name.Length == 0)
        {
            return;
        }

        var version = context.KubernetesVersion(Rule);
        foreach (var (safe, minor) in Safe)
        {
            if (safe == name && version.IsAtLeast(1, minor))
            {
                return;
            }

            if (safe == name)
            {
                // Safe in a later version than the one targeted: say which.
                Report(write, context, " before Kubernetes 1." + minor + " (k8sguard.kubernetes_version = " + version + ")");
                return;
            }
        }

        Report(write, context, string.Empty);
    }

    private static void Report(FieldWrite write, FieldRuleContext context, string versionNote)
    {
        if (write.IsFinal)
        {
            context.Report(Rule, write.Syntax, FixAction.None, write.Constant, versionNote);
        }
    }
}
