using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>A user's project that references the packed nupkg: build, fail the build, fix from the command line.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ConsumerBuildTests
{
    // Lines marked "expect" must carry K8S0001 at the pod spec's type name (or `new`); no other line may.
    private const string Workloads = """
        using k8s.Models;

        namespace Consumer;

        public static class Workloads
        {
            public static V1Deployment Web() => new()
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1DeploymentSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec // expect: K8S0001
                        {
                            Containers = [new V1Container { Name = "web", Image = "nginx" }],
                        },
                    },
                },
            };

            public static V1Job Migrate() => new()
            {
                Metadata = new() { Name = "migrate" },
                Spec = new() { Template = new() { Spec = new() { RestartPolicy = "Never" } } }, // expect: K8S0001
            };

            public static V1Pod Hardened() => new() { Spec = new V1PodSpec { AutomountServiceAccountToken = false } };

            public static V1Pod Debug()
            {
                var pod = new V1Pod { Spec = new V1PodSpec() };
                pod.Spec.AutomountServiceAccountToken = false;
                return pod;
            }

            public static V1PodSpec Bare() => new V1PodSpec(); // expect: K8S0001
        }
        """;

    private const string Accounts = """
        using k8s.Models;

        namespace Consumer;

        public static class Accounts
        {
            public static V1ServiceAccount Legacy() => new V1ServiceAccount { Metadata = new() { Name = "legacy" } };

            public static V1ServiceAccount Batch() => new() { Metadata = new() { Name = "batch" }, AutomountServiceAccountToken = false };
            public static V1PodSpec BatchPod() => new V1PodSpec { ServiceAccountName = "batch" };

            public static V1PodSpec Scraper() => new V1PodSpec { AutomountServiceAccountToken = true };
        }
        """;

    private const string Program = """
        using Consumer;

        Console.WriteLine(Workloads.Web().Metadata.Name);
        """;

    // Tab-indented (Tabs() turns each leading four spaces into a tab), `with` expressions after the creation, a trailing
    // `#if DEBUG` block and a comment inside empty parentheses: the layouts the fixes once got wrong.
    private const string AwkwardLayouts = """
        using k8s.Models;

        namespace Consumer;

        public static class Awkward
        {
            public static V1PodSpec Overridden() => new V1PodSpec { Containers = [] } with { AutomountServiceAccountToken = null };

            public static V1PodSpec Shared() => new V1PodSpec { AutomountServiceAccountToken = false } with { AutomountServiceAccountToken = true };

            public static V1PodSpec Conditional() => new V1PodSpec
            {
                Containers = [],
        #if DEBUG
                NodeName = "dev-node",
        #endif
            };

            public static V1PodSpec Bare() => new V1PodSpec(/* defaults */);
        }
        """;

    private const string AwkwardLayoutsFixed = """
        using k8s.Models;

        namespace Consumer;

        public static class Awkward
        {
            public static V1PodSpec Overridden() => new V1PodSpec { Containers = [] } with { AutomountServiceAccountToken = false };

            public static V1PodSpec Shared() => new V1PodSpec { AutomountServiceAccountToken = false } with { AutomountServiceAccountToken = false };

            public static V1PodSpec Conditional() => new V1PodSpec
            {
                Containers = [],
                AutomountServiceAccountToken = false,
        #if DEBUG
                NodeName = "dev-node",
        #endif
            };

            public static V1PodSpec Bare() => new V1PodSpec(/* defaults */) { AutomountServiceAccountToken = false };
        }
        """;

    // Pods running as accounts managed outside the code, listed in the .editorconfig with spaces.
    private const string ExternallyManaged = """
        using k8s.Models;

        namespace Consumer;

        public static class ExternallyManaged
        {
            public static V1PodSpec Builder() => new V1PodSpec { ServiceAccountName = "builder" };
            public static V1Pod Runner() => new V1Pod { Metadata = new() { NamespaceProperty = "ci" }, Spec = new V1PodSpec { ServiceAccountName = "runner" } };
            public static V1PodSpec Scanner() => new V1PodSpec { ServiceAccountName = "image-scanner" };
            public static V1PodSpec Other() => new V1PodSpec { ServiceAccountName = "other" };
        }
        """;

    private readonly PackedPackageFixture _package;

    public ConsumerBuildTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Build_ReportsK8S0001AtExactlyTheMarkedCreations()
    {
        var consumer = Create("build");
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(ConsumerProject.Expected("Workloads.cs", Workloads), ConsumerProject.ReportedK8S0001(build));
        // Program.cs reads the factory's result and sets nothing: the message names that caller.
        Assert.Contains("Pod spec of Deployment 'web' (returned by Workloads.Web to top-level code, which does not set it) leaves AutomountServiceAccountToken unset", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SarifLog_CarriesTheRuleTags()
    {
        var consumer = Create("sarif");
        var build = consumer.Build("-p:ErrorLog=k8sguard.sarif%2Cversion=2.1");
        Assert.True(build.ExitCode == 0, build.ToString());

        using var log = JsonDocument.Parse(consumer.Read("k8sguard.sarif"));
        var rule = log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            .Single(r => r.GetProperty("id").GetString() == "K8S0001");
        var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToArray();
        Assert.Equal(new[] { "Security", "Kubernetes", "ServiceAccountToken" }, tags);
        Assert.Equal("https://github.com/k8sguard/K8sGuard.Analyzers/blob/main/docs/rules/K8S0001.md", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void EditorConfig_OptedOutAccountsListedWithSpaces_SilenceEachOfThem()
    {
        var consumer = Create("opted-out", new Dictionary<string, string>
        {
            ["ExternallyManaged.cs"] = ExternallyManaged,
            [".editorconfig"] = "root = true\n\n[*.cs]\nk8sguard.K8S0001.opted_out_service_accounts =  builder ,   ci/runner,image-scanner  \n",
        });
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var reported = ConsumerProject.ReportedK8S0001(build);
        // Only the pod running as "other" of this file; the Workloads.cs pods stay reported.
        Assert.Equal(new[] { "ExternallyManaged.cs:10:44" }, reported.Where(r => r.StartsWith("ExternallyManaged.cs", System.StringComparison.Ordinal)).ToArray());
        Assert.True(ConsumerProject.Expected("Workloads.cs", Workloads).IsSubsetOf(reported));
    }

    [Fact]
    public void EditorConfig_EntriesAfterASemicolon_AreACommentTheCompilerDrops()
    {
        // What the docs warn about: `;` starts a comment in an .editorconfig, so only "builder" reaches K8sGuard.
        var consumer = Create("opted-out-semicolon", new Dictionary<string, string>
        {
            ["ExternallyManaged.cs"] = ExternallyManaged,
            [".editorconfig"] = "root = true\n\n[*.cs]\nk8sguard.K8S0001.opted_out_service_accounts = builder; ci/runner, image-scanner\n",
        });
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(
            new[] { "ExternallyManaged.cs:10:44", "ExternallyManaged.cs:8:107", "ExternallyManaged.cs:9:46" },
            ConsumerProject.ReportedK8S0001(build).Where(r => r.StartsWith("ExternallyManaged.cs", System.StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void DotnetFormat_OverTabsWithExpressionsAndIfDebug_FixesWhereTheAnalyzerRead_AndBothConfigurationsBuildClean()
    {
        var consumer = Create("format-awkward", new Dictionary<string, string> { ["Awkward.cs"] = Tabs(AwkwardLayouts) });
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // `dotnet format` analyses the Debug configuration: DEBUG is defined, so the `#if DEBUG` member is active code.
        var format = consumer.Run("format", "analyzers", "--diagnostics", "K8S0001", "K8S0003", "--severity", "warn", "--no-restore", "--include", "Awkward.cs");
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.Equal(Tabs(AwkwardLayoutsFixed), consumer.Read("Awkward.cs").Replace("\r\n", "\n", System.StringComparison.Ordinal));

        foreach (var configuration in new[] { "Debug", "Release" })
        {
            var rebuild = consumer.Build("-c", configuration);
            Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
            Assert.DoesNotContain("Awkward.cs", string.Join("\n", rebuild.Output.Split('\n').Where(l => Regex.IsMatch(l, "K8S000[13]"))), System.StringComparison.Ordinal);
        }
    }

    private static string Tabs(string source)
        => string.Join('\n', source.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n')
            .Select(line => Regex.Replace(line, "^(    )+", m => new string('\t', m.Length / 4))));

    [Fact]
    public void BuildWithWarnAsError_Fails()
    {
        var consumer = Create("warnaserror");
        var build = consumer.Build("-warnaserror");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(ConsumerProject.Expected("Workloads.cs", Workloads), ConsumerProject.ReportedK8S0001(build, "error"));
    }

    [Theory]
    [InlineData("error")]
    [InlineData("none")]
    public void EditorConfigSeverity_IsHonoured(string severity)
    {
        var consumer = Create("editorconfig-" + severity, new Dictionary<string, string>
        {
            [".editorconfig"] = $"root = true\n\n[*.cs]\ndotnet_diagnostic.K8S0001.severity = {severity}\n",
        });
        var build = consumer.Build();

        if (severity == "error")
        {
            Assert.True(build.ExitCode != 0, build.ToString());
            Assert.Equal(ConsumerProject.Expected("Workloads.cs", Workloads), ConsumerProject.ReportedK8S0001(build, "error"));
        }
        else
        {
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.DoesNotContain("K8S0001", build.Output, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ServiceAccountRules_ShowWhenRaisedToWarning()
    {
        var consumer = Create("service-accounts", new Dictionary<string, string>
        {
            ["Accounts.cs"] = Accounts,
            [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.K8S0002.severity = warning\n",
        });
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new SortedSet<string> { "Accounts.cs:7:52" }, ConsumerProject.Reported(build, "K8S0002", "warning"));
        Assert.Equal(new SortedSet<string> { "Accounts.cs:12:46" }, ConsumerProject.Reported(build, "K8S0003", "warning"));
        // The batch pod runs as "batch", whose account turns the token off: only the Workloads.cs pods remain.
        Assert.Equal(ConsumerProject.Expected("Workloads.cs", Workloads), ConsumerProject.ReportedK8S0001(build));
    }

    [Fact]
    public void DotnetFormat_AppliesTheFix_AndTheRebuildIsClean()
    {
        var consumer = Create("format");
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var format = consumer.Run("format", "analyzers", "--diagnostics", "K8S0001", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var fixedSource = consumer.Read("Workloads.cs");
        // Multi-line initializer: a new line with the same indentation, keeping the trailing comma style.
        Assert.Contains(
            string.Join('\n',
                "                Spec = new V1PodSpec // expect: K8S0001",
                "                {",
                "                    Containers = [new V1Container { Name = \"web\", Image = \"nginx\" }],",
                "                    AutomountServiceAccountToken = false,",
                "                },"),
            fixedSource.Replace("\r\n", "\n"),
            System.StringComparison.Ordinal);
        Assert.Contains("""Spec = new() { RestartPolicy = "Never", AutomountServiceAccountToken = false }""", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("public static V1PodSpec Bare() => new V1PodSpec { AutomountServiceAccountToken = false };", fixedSource, System.StringComparison.Ordinal);

        var rebuild = consumer.Build("-warnaserror");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.DoesNotContain("K8S0001", rebuild.Output, System.StringComparison.Ordinal);
    }

    private ConsumerProject Create(string name, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        var files = new Dictionary<string, string> { ["Workloads.cs"] = Workloads, ["Program.cs"] = Program };
        foreach (var (file, content) in extraFiles ?? new Dictionary<string, string>())
        {
            files[file] = content;
        }

        return ConsumerProject.Create(_package, name, files);
    }
}
