using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// A throw-away project that consumes the packed K8sGuard.Analyzers the way a user does: a PackageReference,
/// restored from a local feed (added next to the default source, which is left as configured).
/// </summary>
internal sealed class ConsumerProject
{
    public const string KubernetesClientVersion = "21.0.8";
    public const string ExpectMarker = "// expect: K8S0001";

    /// <summary>A Directory.Build.props choosing the restricted profile the way `dotnet format` sees it too (it takes no -p).</summary>
    public const string RestrictedProfileProps = "<Project>\n  <PropertyGroup>\n    <K8sGuardPodSecurity>restricted</K8sGuardPodSecurity>\n  </PropertyGroup>\n</Project>\n";

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    /// <param name="packageReferences">The packages the project builds against besides K8sGuard; KubernetesClient when null.</param>
    public static ConsumerProject Create(PackedPackageFixture package, string name, IReadOnlyDictionary<string, string> files, IReadOnlyList<(string Id, string Version)>? packageReferences = null)
    {
        var references = string.Join(
            "\n",
            (packageReferences ?? new[] { ("KubernetesClient", KubernetesClientVersion) }).Select(p => $"    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />"));
        var directory = Path.Combine(package.WorkDirectory, name);
        System.IO.Directory.CreateDirectory(directory);

        // Packages go to a folder of this run: a stale K8sGuard.Analyzers of the same version in the user's
        // global packages folder must never stand in for the one just packed.
        var packagesFolder = Path.Combine(package.WorkDirectory, "packages");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{packagesFolder}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackageFixture.PackageId}" Version="{package.Version}" PrivateAssets="all" />
            {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="k8sguard-local" value="{package.PackageDirectory}" />
              </packageSources>
            </configuration>
            """);
        foreach (var (fileName, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, fileName), content);
        }

        return new ConsumerProject(directory);
    }

    public CliResult Build(params string[] extraArguments)
        => DotNetCli.Run(Directory, new[] { "build", "--no-incremental", "--disable-build-servers", "-nologo" }.Concat(extraArguments).ToArray());

    public CliResult Run(params string[] arguments) => DotNetCli.Run(Directory, arguments);

    public string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    /// <summary>The (file, line, column) of every K8S0001 in a build's output.</summary>
    public static SortedSet<string> ReportedK8S0001(CliResult build, string severity = "warning") => Reported(build, "K8S0001", severity);

    /// <summary>The (file, line, column) of every diagnostic <paramref name="id"/> of that severity in a build's output.</summary>
    public static SortedSet<string> Reported(CliResult build, string id, string severity)
    {
        var pattern = new Regex(@"(?<file>[^\s/\\(]+\.cs)\((?<line>\d+),(?<column>\d+)\): " + severity + " " + id + ":");
        return new SortedSet<string>(pattern.Matches(build.Output).Select(m => $"{m.Groups["file"].Value}:{m.Groups["line"].Value}:{m.Groups["column"].Value}"));
    }

    /// <summary>The (file, line, column) of each creation marked with <see cref="ExpectMarker"/>: the column of its type name or `new`.</summary>
    public static SortedSet<string> Expected(string fileName, string source)
    {
        var expected = new SortedSet<string>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(ExpectMarker, StringComparison.Ordinal))
            {
                continue;
            }

            // The pod spec is the innermost, so the last creation on the line.
            var match = Regex.Matches(lines[i], @"new (?<type>V1PodSpec)\b|(?<type>new)\(\)").LastOrDefault() ?? Match.Empty;
            Assert.True(match.Success, $"line {i + 1} is marked but holds no pod spec creation");
            expected.Add($"{fileName}:{i + 1}:{match.Groups["type"].Index + 1}");
        }

        return expected;
    }
}
