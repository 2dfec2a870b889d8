using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using K8sGuard.Tests.Shared;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Tests;

/// <summary>Every exported rule is documented, tracked for release, listed in the README and well formed.</summary>
public sealed class RuleCatalogTests
{
    // One case per rule: a rule may have several descriptors (one message for an unset value, one for a bad one).
    public static IEnumerable<object[]> Descriptors() => AllAnalyzers()
        .SelectMany(a => a.SupportedDiagnostics)
        .Select(d => d.Id)
        .Distinct()
        .Select(id => new object[] { id });

    [Fact]
    public void DescriptorsOfOneRule_AgreeOnEverythingButTheMessage()
    {
        foreach (var rule in AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id))
        {
            var first = rule.First();
            Assert.All(rule, d =>
            {
                Assert.Equal(first.Title.ToString(), d.Title.ToString());
                Assert.Equal(first.Category, d.Category);
                Assert.Equal(first.DefaultSeverity, d.DefaultSeverity);
                Assert.Equal(first.HelpLinkUri, d.HelpLinkUri);
                Assert.Equal(first.Description.ToString(), d.Description.ToString());
            });
        }
    }

    [Fact]
    public void TheAnalyzerAssemblyExportsRules() => Assert.NotEmpty(Descriptors());

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void HelpLink_PointsAtAnExistingDocsPage(string id)
    {
        var descriptor = Find(id);
        Assert.Equal(RuleIdentifiers.GetHelpUri(id), descriptor.HelpLinkUri);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);

        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Why", "## How to fix", "## How to suppress", "## Options" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Rule_IsTrackedForReleaseAndListedInTheReadme(string id)
    {
        var descriptor = Find(id);
        var releases = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "K8sGuard.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "K8sGuard.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity}", releases, StringComparison.Ordinal);

        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.Contains($"[{id}](docs/rules/{id}.md)", readme, StringComparison.Ordinal);
    }

    // Each pod-security rule's severity under each profile the package ships (K8sGuardPodSecurity): a new K8S01xx or K8S02xx
    // rule fails here until every profile names it.
    [Theory]
    [MemberData(nameof(Descriptors))]
    public void PodSecurityRule_HasItsSeverityInEveryProfile(string id)
    {
        var restricted = id.StartsWith("K8S02", StringComparison.Ordinal);
        if (!restricted && !id.StartsWith("K8S01", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (profile, expected) in new[] { ("baseline", restricted ? "suggestion" : "warning"), ("restricted", "warning"), ("none", "none") })
        {
            var config = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "nuget", "globalconfigs", "k8sguard_podsecurity_" + profile + ".globalconfig"));
            Assert.Contains($"dotnet_diagnostic.{id}.severity = {expected}\n", config, StringComparison.Ordinal);
            Assert.Contains("is_global = true\n", config, StringComparison.Ordinal);
            Assert.Contains($"k8sguard.pod_security.profile = {profile}\n", config, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_IsWellFormed(string id)
    {
        var descriptor = Find(id);
        Assert.Matches("^K8S[0-9]{4}$", id);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.DoesNotContain(".", descriptor.Title.ToString().TrimEnd('.'), StringComparison.Ordinal);

        // SARIF logs carry these as the rule's tags: category, Kubernetes, and the area of the id's range.
        Assert.Equal(new[] { descriptor.Category, "Kubernetes", RuleIdentifiers.GetArea(id) }, descriptor.CustomTags.ToArray());
    }

    [Theory]
    [InlineData("K8S0001", "ServiceAccountToken")]
    [InlineData("K8S0101", "PodSecurityBaseline")]
    [InlineData("K8S0201", "PodSecurityRestricted")]
    [InlineData("K8S0301", "BestPractices")]
    public void Area_FollowsTheIdRange(string id, string area) => Assert.Equal(area, RuleIdentifiers.GetArea(id));

    [Fact]
    public void EveryCodeFix_FixesAnExportedRule()
    {
        var ids = Descriptors().Select(d => (string)d[0]).ToHashSet();
        var fixers = typeof(KubernetesCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        Assert.NotEmpty(fixers);
        Assert.All(fixers, f => Assert.Subset(ids, f.FixableDiagnosticIds.ToHashSet()));
    }

    private static DiagnosticDescriptor Find(string id) => AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    private static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() => typeof(KubernetesObjectAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);
}
