using System.Collections.Generic;

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

    private readonly PackedPackageFixture _package;

    public ConsumerBuildTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Build_ReportsK8S0001AtExactlyTheMarkedCreations()
    {
        var consumer = Create("build");
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(ConsumerProject.Expected("Workloads.cs", Workloads), ConsumerProject.ReportedK8S0001(build));
        Assert.Contains("Pod spec of Deployment 'web' leaves AutomountServiceAccountToken unset", build.Output, System.StringComparison.Ordinal);
    }

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
