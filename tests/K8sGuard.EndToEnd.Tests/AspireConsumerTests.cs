using System.Collections.Generic;
using System.Linq;
using K8sGuard.Tests.Shared;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// An Aspire app host that publishes to Kubernetes, as a user's project on the packed package: built against the real
/// Aspire.Hosting and a source stub of Aspire.Hosting.Kubernetes (not served here; marked generated, as a referenced
/// assembly's code would be unseen). K8S0004 on the resources without a callback, then <c>dotnet format</c> and a clean
/// <c>-warnaserror</c> build.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class AspireConsumerTests
{
    private const string AppHost = """
        using Aspire.Hosting;

        var builder = DistributedApplication.CreateBuilder(args);
        builder.AddKubernetesEnvironment("k8s");

        var cache = builder.AddContainer("cache", "redis")
            .WithEndpoint(targetPort: 6379, name: "tcp");

        builder.AddProject("api", "../Api/Api.csproj")
            .WithReference(cache.GetEndpoint("tcp"))
            .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);

        builder.AddDockerfile("worker", "../worker")
            .WaitFor(cache);

        builder.Build().Run();
        """;

    // Aspire.Hosting's dependency ranges resolve to Polly.Core and Nerdbank.MessagePack versions not served here: naming
    // the served ones keeps restore exact.
    private static readonly (string, string)[] Packages =
    {
        ("Aspire.Hosting", "13.6.5"),
        ("Polly.Core", "8.8.0"),
        ("Nerdbank.MessagePack", "1.3.88"),
    };

    private readonly PackedPackageFixture _package;

    public AspireConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void AppHost_ReportsTheTwoResourcesWithoutACallback_AndDotnetFormatWritesThem()
    {
        var files = new Dictionary<string, string>
        {
            ["AppHost.cs"] = AppHost,
            ["AspireHostingKubernetes.cs"] = AspireHostingKubernetesStub.Source,
        };
        var consumer = ConsumerProject.Create(_package, "aspire-apphost", files, Packages);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "AppHost.cs:13:9", "AppHost.cs:6:21" }, ConsumerProject.Reported(build, "K8S0004", "warning").ToArray());
        Assert.Contains("Resource 'worker' is published to Kubernetes with the service account token mounted", build.Output, System.StringComparison.Ordinal);

        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var format = consumer.Run("format", "analyzers", "--diagnostics", "K8S0004", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var text = consumer.Read("AppHost.cs");
        Assert.Contains("""
            var cache = builder.AddContainer("cache", "redis")
                .WithEndpoint(targetPort: 6379, name: "tcp")
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            """, text, System.StringComparison.Ordinal);
        Assert.Contains("""
            builder.AddDockerfile("worker", "../worker")
                .WaitFor(cache)
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            """, text, System.StringComparison.Ordinal);

        var clean = consumer.Build("-warnaserror");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("warning", clean.Output.Replace("0 Warning(s)", string.Empty, System.StringComparison.Ordinal), System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Restricted_ReportsEveryPublishedPod_AndDotnetFormatHardensThemToACleanBuild()
    {
        var files = new Dictionary<string, string>
        {
            ["AppHost.cs"] = AppHost,
            ["AspireHostingKubernetes.cs"] = AspireHostingKubernetesStub.Source,
            ["Directory.Build.props"] = ConsumerProject.RestrictedProfileProps,
        };
        var consumer = ConsumerProject.Create(_package, "aspire-restricted", files, Packages);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        foreach (var id in new[] { "K8S0202", "K8S0203", "K8S0205", "K8S0206" })
        {
            Assert.Equal(new[] { "AppHost.cs:13:9", "AppHost.cs:6:21", "AppHost.cs:9:9" }, ConsumerProject.Reported(build, id, "warning").ToArray());
        }

        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var format = consumer.Run("format", "analyzers", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        // Each resource's callback holds the token setting and the restricted settings, once.
        var text = consumer.Read("AppHost.cs");
        Assert.Equal(3, text.Split("AutomountServiceAccountToken = false").Length - 1);
        Assert.Equal(3, text.Split("container.SecurityContext.Capabilities.Drop.Add(\"ALL\");").Length - 1);
        Assert.Equal(3, text.Split("pod.SecurityContext.RunAsNonRoot = true;").Length - 1);

        var clean = consumer.Build("-warnaserror");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("warning", clean.Output.Replace("0 Warning(s)", string.Empty, System.StringComparison.Ordinal), System.StringComparison.OrdinalIgnoreCase);
    }
}
