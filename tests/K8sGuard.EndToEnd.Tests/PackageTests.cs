using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>The nupkg that `dotnet pack nuget -c Release -o DIR` produces.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageTests
{
    private readonly PackedPackageFixture _package;

    public PackageTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void PackageFileName_IsIdAndVersion()
    {
        Assert.Equal($"K8sGuard.Analyzers.{_package.Version}.nupkg", Path.GetFileName(_package.PackagePath));
        Assert.Matches(@"^\d+\.\d+\.\d+", _package.Version);
    }

    [Fact]
    public void Package_HoldsExactlyTheAnalyzersTheProfilesTheReadmeAndNuGetMetadata()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var files = archive.Entries
            .Select(e => e.FullName)
            .Where(f => !f.StartsWith("package/services/metadata/core-properties/", System.StringComparison.Ordinal))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            new[]
            {
                "K8sGuard.Analyzers.nuspec",
                "LICENSE",
                "README.md",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/K8sGuard.Analyzers.dll",
                "analyzers/dotnet/cs/K8sGuard.CodeFixes.dll",
                "buildTransitive/K8sGuard.Analyzers.props",
                "buildTransitive/K8sGuard.Analyzers.targets",
                "globalconfigs/k8sguard_podsecurity_baseline.globalconfig",
                "globalconfigs/k8sguard_podsecurity_none.globalconfig",
                "globalconfigs/k8sguard_podsecurity_restricted.globalconfig",
            }.OrderBy(f => f, System.StringComparer.Ordinal),
            files);
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependencyWithMetadataAndNoDependencies()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        using var stream = archive.GetEntry("K8sGuard.Analyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("K8sGuard.Analyzers", Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("K8sGuard contributors", Value("copyright"), StringComparison.Ordinal);
        Assert.Equal("https://github.com/k8sguard/K8sGuard.Analyzers", Value("projectUrl"));
        Assert.Contains("kubernetes", Value("tags"), System.StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
    }

    [Fact]
    public void Nuspec_ReleaseNotes_AreThisVersionsChangelogSection()
    {
        var releaseNotes = ReadMetadata("releaseNotes");
        var changelog = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "CHANGELOG.md")).Replace("\r", string.Empty, StringComparison.Ordinal);
        var heading = "## [" + _package.Version + "]";
        var start = changelog.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "CHANGELOG.md has no section " + heading);
        var body = changelog.Substring(changelog.IndexOf('\n', start) + 1);
        var next = body.IndexOf("\n## [", StringComparison.Ordinal);
        Assert.Equal((next < 0 ? body : body.Substring(0, next)).Trim(), releaseNotes?.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void PackageReadme_HasNoRelativeLinks_AndIsNotTheContributorsReadme()
    {
        var readme = ReadEntry("README.md");
        var targets = Regex.Matches(readme, @"\]\(([^)\s]*)").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(readme, @"(?m)^\s*\[[^\]]+\]:\s*(\S+)").Select(m => m.Groups[1].Value))
            .Concat(Regex.Matches(readme, @"(?:href|src)=""([^""]*)""").Select(m => m.Groups[1].Value))
            .ToArray();
        Assert.All(targets, target => Assert.StartsWith("https://", target, StringComparison.Ordinal));
        Assert.DoesNotContain("Working on K8sGuard", readme, StringComparison.Ordinal);
        foreach (var id in new[] { "K8S0001", "K8S0002", "K8S0003" })
        {
            Assert.Contains("https://github.com/k8sguard/K8sGuard.Analyzers/blob/main/docs/rules/" + id + ".md", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PackageLicense_IsTheRepositoryLicense()
    {
        var license = ReadEntry("LICENSE");
        Assert.Contains("MIT License", license, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepositoryRoot, "LICENSE")), license);
    }

    /// <summary>
    /// Every assembly either DLL references must be one a Roslyn 4.8 host (VS 2022 17.8, the .NET 8 SDK) carries, at
    /// or below the version it carries: a higher reference fails to load there, whatever a newer host does.
    /// </summary>
    [Theory]
    [InlineData("K8sGuard.Analyzers.dll")]
    [InlineData("K8sGuard.CodeFixes.dll")]
    public void ShippedDll_ReferencesNothingAboveWhatARoslyn48HostCarries(string fileName)
    {
        var hostCarries = new Dictionary<string, Version>(StringComparer.Ordinal)
        {
            ["netstandard"] = new(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
            ["System.Collections.Immutable"] = new(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
            ["System.Composition.AttributedModel"] = new(7, 0, 0, 0),
            ["System.Composition.Convention"] = new(7, 0, 0, 0),
            ["System.Composition.Hosting"] = new(7, 0, 0, 0),
            ["System.Composition.Runtime"] = new(7, 0, 0, 0),
            ["System.Composition.TypedParts"] = new(7, 0, 0, 0),
            // What Microsoft.CodeAnalysis 4.8 itself references on netstandard2.0, so every such host has them.
            ["System.Memory"] = new(4, 0, 1, 2),
            ["System.Buffers"] = new(4, 0, 3, 0),
            ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
            ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
            ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
            ["System.Text.Encoding.CodePages"] = new(7, 0, 0, 0),
            ["K8sGuard.Analyzers"] = Version.Parse(_package.Version.Split('-')[0] + ".0"),
        };

        var references = ReadAssemblyReferences(fileName);
        Assert.Contains(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.All(references, reference =>
        {
            Assert.True(hostCarries.TryGetValue(reference.Name, out var carried), fileName + " references " + reference.Name + " " + reference.Version + ", which a Roslyn 4.8 host does not carry");
            Assert.True(reference.Version <= carried, fileName + " references " + reference.Name + " " + reference.Version + "; a Roslyn 4.8 host carries " + carried);
        });
    }

    [Theory]
    [InlineData("K8sGuard.Analyzers.dll")]
    [InlineData("K8sGuard.CodeFixes.dll")]
    public void ShippedDll_EmbedsAPortablePdb_WithSourcePathsMapped(string fileName)
    {
        using var pe = new PEReader(new MemoryStream(ReadEntryBytes("analyzers/dotnet/cs/" + fileName)));
        var embedded = pe.ReadDebugDirectory().SingleOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.True(embedded.DataSize > 0, fileName + " has no embedded portable PDB");
        Assert.Contains(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);

        using var pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var pdb = pdbProvider.GetMetadataReader();
        var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToArray();
        Assert.NotEmpty(documents);
        Assert.All(documents, path => Assert.StartsWith("/_/", path, StringComparison.Ordinal));
    }

    private IReadOnlyList<(string Name, Version Version)> ReadAssemblyReferences(string fileName)
    {
        using var pe = new PEReader(new MemoryStream(ReadEntryBytes("analyzers/dotnet/cs/" + fileName)));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToArray();
    }

    private string? ReadMetadata(string name)
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        using var stream = archive.GetEntry("K8sGuard.Analyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
    }

    private string ReadEntry(string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadEntryBytes(path)));
        return reader.ReadToEnd();
    }

    private byte[] ReadEntryBytes(string path)
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        using var stream = archive.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
