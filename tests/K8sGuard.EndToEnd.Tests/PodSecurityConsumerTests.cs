using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// The baseline pod-security rules in a user's project that references the packed nupkg: what the build reports with
/// the exemption and version options, the SARIF tags, and `dotnet format` applying the fixes.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PodSecurityConsumerTests
{
    private const string NodeAgent = """
        using k8s.Models;

        namespace Consumer;

        public static class NodeAgent
        {
            public static V1DaemonSet Create() => new()
            {
                Metadata = new V1ObjectMeta { Name = "node-agent" },
                Spec = new V1DaemonSetSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            AutomountServiceAccountToken = false,
                            HostPID = true,
                            InitContainers = [new V1Container { Name = "tune", SecurityContext = new() { Privileged = true } }],
                            Containers =
                            [
                                new V1Container { Name = "agent", SecurityContext = new() { Capabilities = new() { Add = ["NET_ADMIN", "CHOWN"] } } },
                                new V1Container { Name = "istio-proxy", SecurityContext = new() { Privileged = true } },
                                new V1Container { Name = "probe", LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Host = "10.0.0.1", Port = 80 } } },
                            ],
                        },
                    },
                },
            };
        }
        """;

    private const string Program = """
        Console.WriteLine(Consumer.NodeAgent.Create().Metadata.Name);
        """;

    // The sidecar is exempt, and the cluster is 1.33: host probes are only forbidden from 1.34.
    private const string EditorConfig = "root = true\n\n[*.cs]\nk8sguard.pod_security.exempt_containers = istio-proxy\nk8sguard.kubernetes_version = 1.33\n";

    private readonly PackedPackageFixture _package;

    public PodSecurityConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Build_ReportsEachBrokenControlOnItsLine_WithTheOptions()
    {
        var consumer = Create("pss-build");
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "NodeAgent.cs:17:21" }, ConsumerProject.Reported(build, "K8S0102", "warning").ToArray());
        Assert.Equal(new[] { "NodeAgent.cs:18:98" }, ConsumerProject.Reported(build, "K8S0103", "warning").ToArray());
        Assert.Equal(new[] { "NodeAgent.cs:21:115" }, ConsumerProject.Reported(build, "K8S0104", "warning").ToArray());
        Assert.Empty(ConsumerProject.Reported(build, "K8S0112", "warning"));
        Assert.Contains("Init container 'tune' of DaemonSet 'node-agent' runs privileged", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SarifLog_TagsTheBaselineRules()
    {
        var consumer = Create("pss-sarif");
        var build = consumer.Build("-p:ErrorLog=k8sguard.sarif%2Cversion=2.1");
        Assert.True(build.ExitCode == 0, build.ToString());

        using var log = JsonDocument.Parse(consumer.Read("k8sguard.sarif"));
        var rule = log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            .Single(r => r.GetProperty("id").GetString() == "K8S0103");
        var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToArray();
        Assert.Equal(new[] { "Security", "Kubernetes", "PodSecurityBaseline" }, tags);
    }

    [Fact]
    public void DotnetFormat_AppliesTheFixes_AndTheBuildIsClean()
    {
        var consumer = Create("pss-format");
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var format = consumer.Run("format", "analyzers", "--diagnostics", "K8S0102", "K8S0103", "K8S0104", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var text = consumer.Read("NodeAgent.cs");
        Assert.Contains("HostPID = false,", text, System.StringComparison.Ordinal);
        Assert.Contains("new V1Container { Name = \"tune\", SecurityContext = new() { Privileged = false } }", text, System.StringComparison.Ordinal);
        Assert.Contains("Add = [\"CHOWN\"]", text, System.StringComparison.Ordinal);
        // The exempt sidecar is not reported, so its value is left alone.
        Assert.Contains("new V1Container { Name = \"istio-proxy\", SecurityContext = new() { Privileged = true } }", text, System.StringComparison.Ordinal);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(ConsumerProject.Reported(build, "K8S0102", "warning"));
        Assert.Empty(ConsumerProject.Reported(build, "K8S0103", "warning"));
        Assert.Empty(ConsumerProject.Reported(build, "K8S0104", "warning"));
    }

    // A container that runs as root: K8S0204 (restricted) is a suggestion under the default profile.
    private const string RootJob = """
        using k8s.Models;

        namespace Consumer;

        public static class RootJob
        {
            public static V1Container Restore() => new V1Container { Name = "restore", SecurityContext = new() { RunAsUser = 0 } };
        }
        """;

    [Theory]
    [InlineData(null, false, true)]
    [InlineData("baseline", false, true)]
    [InlineData("restricted", true, true)]
    [InlineData("Restricted", true, true)]
    [InlineData("none", false, false)]
    public void Profile_SetsTheSeverityOfTheBaselineAndRestrictedRules(string? profile, bool restrictedWarns, bool baselineWarns)
    {
        var consumer = Create("pss-profile-" + (profile ?? "default").ToLowerInvariant() + (profile is "Restricted" ? "-cased" : string.Empty), ("RootJob.cs", RootJob));
        var build = profile is null ? consumer.Build() : consumer.Build("-p:K8sGuardPodSecurity=" + profile);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(restrictedWarns ? new[] { "RootJob.cs:7:106" } : System.Array.Empty<string>(), ConsumerProject.Reported(build, "K8S0204", "warning").ToArray());
        Assert.Equal(baselineWarns ? new[] { "NodeAgent.cs:18:98" } : System.Array.Empty<string>(), ConsumerProject.Reported(build, "K8S0103", "warning").ToArray());
        Assert.Empty(ConsumerProject.Reported(build, "K8S0001", "warning"));
    }

    [Fact]
    public void Profile_EditorconfigSeveritiesStillWin_AndAnUnknownProfileFailsTheBuild()
    {
        var consumer = Create("pss-profile-editorconfig", ("RootJob.cs", RootJob));
        File.AppendAllText(Path.Combine(consumer.Directory, ".editorconfig"), "dotnet_diagnostic.K8S0204.severity = none\ndotnet_diagnostic.K8S0103.severity = suggestion\n");
        var build = consumer.Build("-p:K8sGuardPodSecurity=restricted");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(ConsumerProject.Reported(build, "K8S0204", "warning"));
        Assert.Empty(ConsumerProject.Reported(build, "K8S0103", "warning"));

        var unknown = consumer.Build("-p:K8sGuardPodSecurity=strict");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("K8SG001", unknown.Output, System.StringComparison.Ordinal);
    }

    // A web deployment as most are written today: nothing of the restricted profile set, on an init container either.
    private const string WebApp = """
        using k8s.Models;

        namespace Consumer;

        public static class WebApp
        {
            public static V1Deployment Create() => new()
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1DeploymentSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            AutomountServiceAccountToken = false,
                            InitContainers = [new V1Container { Name = "migrate", Image = "web:1" }],
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "web",
                                    Image = "web:1",
                                    SecurityContext = new V1SecurityContext { Capabilities = new V1Capabilities { Drop = ["NET_RAW"] } },
                                },
                            ],
                        },
                    },
                },
            };
        }
        """;

    [Fact]
    public void Restricted_ReportsTheMustBeSetControls_AndDotnetFormatHardensEveryPod()
    {
        var consumer = Create("pss-restricted", ("WebApp.cs", WebApp), ("Directory.Build.props", ConsumerProject.RestrictedProfileProps));
        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "NodeAgent.cs:14:28", "WebApp.cs:14:28" }, ConsumerProject.Reported(build, "K8S0203", "warning").ToArray());
        Assert.Equal(new[] { "NodeAgent.cs:14:28", "WebApp.cs:14:28" }, ConsumerProject.Reported(build, "K8S0205", "warning").ToArray());
        // Each container once, init containers included; the exempt sidecar never.
        Assert.Equal(new[] { "NodeAgent.cs:18:43", "NodeAgent.cs:21:29", "NodeAgent.cs:23:29", "WebApp.cs:17:43", "WebApp.cs:20:29" }, ConsumerProject.Reported(build, "K8S0202", "warning").ToArray());
        Assert.Equal(new[] { "NodeAgent.cs:18:43", "NodeAgent.cs:21:128", "NodeAgent.cs:21:29", "NodeAgent.cs:23:29", "WebApp.cs:17:43", "WebApp.cs:20:29" }, ConsumerProject.Reported(build, "K8S0206", "warning").ToArray());
        Assert.Contains("Pod spec of Deployment 'web' leaves RunAsNonRoot unset for init container 'migrate' and container 'web'", build.Output, System.StringComparison.Ordinal);

        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var format = consumer.Run("format", "analyzers", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var web = consumer.Read("WebApp.cs");
        Assert.Contains("new V1Container { Name = \"migrate\", Image = \"web:1\", SecurityContext = new V1SecurityContext", web, System.StringComparison.Ordinal);
        Assert.Contains("Drop = [\"NET_RAW\", \"ALL\"]", web, System.StringComparison.Ordinal);
        Assert.Contains("RunAsNonRoot = true", web, System.StringComparison.Ordinal);
        Assert.Contains("\"RuntimeDefault\"", web, System.StringComparison.Ordinal);

        var hardened = consumer.Build("-warnaserror");
        Assert.True(hardened.ExitCode == 0, hardened.ToString());
        Assert.DoesNotContain("warning K8S", hardened.Output, System.StringComparison.Ordinal);
    }

    private ConsumerProject Create(string name, params (string File, string Text)[] extra)
    {
        var files = new Dictionary<string, string>
        {
            ["NodeAgent.cs"] = NodeAgent,
            ["Program.cs"] = Program,
            [".editorconfig"] = EditorConfig,
        };
        foreach (var (file, text) in extra)
        {
            files[file] = text;
        }

        return ConsumerProject.Create(_package, name, files);
    }
}
