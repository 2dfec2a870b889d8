using System.IO;
using System.IO.Compression;
using System.Linq;
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
    public void Package_HoldsExactlyTheAnalyzersTheReadmeAndNuGetMetadata()
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
                "README.md",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/K8sGuard.Analyzers.dll",
                "analyzers/dotnet/cs/K8sGuard.CodeFixes.dll",
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
        Assert.Contains("kubernetes", Value("tags"), System.StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
    }
}
