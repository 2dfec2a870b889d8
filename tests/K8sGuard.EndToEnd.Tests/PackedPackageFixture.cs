using System;
using System.IO;
using System.Linq;
using K8sGuard.Tests.Shared;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>Packs K8sGuard.Analyzers once per test run with the documented command, into a temporary folder.</summary>
public sealed class PackedPackageFixture : IDisposable
{
    public const string PackageId = "K8sGuard.Analyzers";

    public PackedPackageFixture()
    {
        RepositoryRoot = RepositoryPaths.Root;
        WorkDirectory = Path.Combine(Path.GetTempPath(), "k8sguard-e2e-" + Guid.NewGuid().ToString("N"));
        PackageDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(PackageDirectory);

        var pack = DotNetCli.Run(RepositoryRoot, "pack", "nuget", "-c", "Release", "-o", PackageDirectory, "--disable-build-servers");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        PackagePath = Directory.GetFiles(PackageDirectory, PackageId + ".*.nupkg").Single();
        var fileName = Path.GetFileNameWithoutExtension(PackagePath);
        Version = fileName.Substring(PackageId.Length + 1);
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string PackageDirectory { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed package";
}
