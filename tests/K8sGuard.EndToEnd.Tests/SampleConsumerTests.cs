using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// The sample operator (samples/OperatorSample) as a user's project on the packed package, under the restricted profile:
/// the restricted findings on its pods, then <c>dotnet format</c> and a <c>-warnaserror</c> build.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SampleConsumerTests
{
    private readonly PackedPackageFixture _package;

    public SampleConsumerTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Restricted_DotnetFormatFixesEveryFinding_ButTheBaselineControlsWithNoSafeFix()
    {
        var sample = Path.Combine(_package.RepositoryRoot, "samples", "OperatorSample");
        var files = Directory.GetFiles(sample, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        files["Directory.Build.props"] = ConsumerProject.RestrictedProfileProps;
        var consumer = ConsumerProject.Create(_package, "sample-restricted", files);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        // The storefront's containers come from a helper (judged on their own); the node agent's pod is built whole.
        Assert.Equal(new[] { "ShopNodeAgent.cs:21:28" }, ConsumerProject.Reported(build, "K8S0203", "warning").ToArray());
        Assert.Equal(new[] { "ShopNodeAgent.cs:21:28" }, ConsumerProject.Reported(build, "K8S0205", "warning").ToArray());
        foreach (var id in new[] { "K8S0202", "K8S0206" })
        {
            Assert.Equal(new[] { "ShopNodeAgent.cs:32:29", "ShopNodeAgent.cs:41:29", "ShopWorkloads.cs:158:67" }, ConsumerProject.Reported(build, id, "warning").ToArray());
        }

        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var format = consumer.Run("format", "analyzers", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        // What is left is what the node agent exists to show and K8sGuard deliberately does not edit: a hostPath volume,
        // an SELinux type, an unsafe sysctl and a probe's host each need a person to decide what replaces them.
        var hardened = consumer.Build("-warnaserror");
        var left = new SortedSet<string>(Regex.Matches(hardened.Output, @"(?<file>\w+\.cs)\(\d+,\d+\): error (?<id>[A-Z0-9]+):")
            .Select(m => m.Groups["file"].Value + " " + m.Groups["id"].Value));
        Assert.Equal(new[] { "ShopNodeAgent.cs K8S0105", "ShopNodeAgent.cs K8S0108", "ShopNodeAgent.cs K8S0111", "ShopNodeAgent.cs K8S0112" }, left);

        // Those four lines decided by hand, the sample builds clean.
        var agent = consumer.Read("ShopNodeAgent.cs");
        agent = ReplaceLine(agent, "K8S0105", "Volumes = [new V1Volume { Name = \"logs\", EmptyDir = new V1EmptyDirVolumeSource() }],");
        agent = ReplaceLine(agent, "K8S0108", string.Empty);
        agent = ReplaceLine(agent, "K8S0111", string.Empty);
        agent = ReplaceLine(agent, "K8S0112", "LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = \"/healthz\", Port = 9100 } },");
        File.WriteAllText(Path.Combine(consumer.Directory, "ShopNodeAgent.cs"), agent);
        var clean = consumer.Build("-warnaserror");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("warning K8S", clean.Output, StringComparison.Ordinal);
    }

    // The sample marks each baseline control's line with a comment naming its rule.
    private static string ReplaceLine(string text, string id, string replacement)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.Contains("// " + id + ":", StringComparison.Ordinal));
        Assert.True(index >= 0, "the sample has no line marked " + id);
        var indent = lines[index][..(lines[index].Length - lines[index].TrimStart().Length)];
        lines[index] = replacement.Length == 0 ? indent : indent + replacement;
        return string.Join('\n', lines);
    }
}
