using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Options;

/// <summary>
/// K8sGuard's one options layer: an option <c>o</c> of rule <c>K8S0103</c> is read from <c>k8sguard.K8S0103.o</c>, else
/// from its area's key (<c>k8sguard.pod_security.o</c> for K8S01xx and K8S02xx), else from <c>k8sguard.o</c>, in the
/// <c>.editorconfig</c> or <c>.globalconfig</c> that applies to the file. Each distinct text is parsed once per compilation.
/// </summary>
internal sealed class RuleOptions
{
    public const string Prefix = "k8sguard.";

    public const string ExemptContainers = "exempt_containers";

    public const string ExemptNamespaces = "exempt_namespaces";

    /// <summary>The pod-security profile (baseline, restricted, none), written by the profile's .globalconfig.</summary>
    public const string Profile = "profile";

    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly CompilationOptions? _compilationOptions;
    private readonly ConcurrentDictionary<string, NameSet> _nameSets = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KubernetesVersion> _versions = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, ConcurrentDictionary<string, bool>> _turnedOff = new();

    public RuleOptions(AnalyzerConfigOptionsProvider provider, CompilationOptions? compilationOptions = null)
    {
        _provider = provider;
        _compilationOptions = compilationOptions;
    }

    /// <summary>
    /// True when the project turns the rule off for <paramref name="tree"/> (<c>dotnet_diagnostic.K8S0202.severity = none</c> in
    /// the file's .editorconfig or a .globalconfig, a profile, <c>NoWarn</c>): the driver would drop every diagnostic of it, so
    /// K8sGuard does not judge it at all. Read as the compiler reads severities (the file's options, then the global ones, then
    /// the compilation's); a category-wide setting is left to the driver.
    /// </summary>
    public bool IsTurnedOff(SyntaxTree tree, string ruleId)
    {
        if (_compilationOptions is not { } options
            || (options.SyntaxTreeOptionsProvider is null && options.SpecificDiagnosticOptions.Count == 0))
        {
            return false;
        }

        var byRule = _turnedOff.GetOrAdd(tree, static _ => new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal));
        if (!byRule.TryGetValue(ruleId, out var off))
        {
            byRule[ruleId] = off = Severity(options, tree, ruleId) == ReportDiagnostic.Suppress;
        }

        return off;
    }

    private static ReportDiagnostic Severity(CompilationOptions options, SyntaxTree tree, string ruleId)
    {
        if (options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, ruleId, System.Threading.CancellationToken.None, out var severity)
                || provider.TryGetGlobalDiagnosticValue(ruleId, System.Threading.CancellationToken.None, out severity)))
        {
            return severity;
        }

        return options.SpecificDiagnosticOptions.TryGetValue(ruleId, out var specific) ? specific : ReportDiagnostic.Default;
    }

    /// <summary>The option's text for <paramref name="ruleId"/> in <paramref name="tree"/>, or null when no key sets it.</summary>
    public string? Get(SyntaxTree tree, string ruleId, string option)
    {
        var options = _provider.GetOptions(tree);
        if (options.TryGetValue(Prefix + ruleId + "." + option, out var value))
        {
            return value;
        }

        var area = RuleIdentifiers.GetOptionArea(ruleId);
        if (area is not null && options.TryGetValue(Prefix + area + "." + option, out value))
        {
            return value;
        }

        return options.TryGetValue(Prefix + option, out value) ? value : null;
    }

    public NameSet GetNames(SyntaxTree tree, string ruleId, string option)
        => Get(tree, ruleId, option) is { } text ? _nameSets.GetOrAdd(text, NameSet.Parse) : NameSet.Empty;

    /// <summary>The pod-security profile the project chose (<c>K8sGuardPodSecurity</c>, through <c>k8sguard.pod_security.profile</c>): baseline unless set.</summary>
    public string PodSecurityProfile(SyntaxTree tree, string ruleId) => Get(tree, ruleId, Profile)?.Trim().ToLowerInvariant() ?? "baseline";

    public KubernetesVersion GetKubernetesVersion(SyntaxTree tree, string ruleId)
        => Get(tree, ruleId, KubernetesVersion.OptionName) is { } text ? _versions.GetOrAdd(text, KubernetesVersion.Parse) : KubernetesVersion.Newest;
}
