using System;
using System.IO;
using System.Linq;
using K8sGuard.Tests.Shared;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>The shipped DLLs depend on the sources only, never on the folder they were built in.</summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public void TheSameSourcesInTwoFolders_BuildByteIdenticalDlls()
    {
        var work = Path.Combine(Path.GetTempPath(), "k8sguard-repro-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Two folders of different depth and name, as two clones of one commit would be.
            var first = CopySources(Path.Combine(work, "a"));
            var second = CopySources(Path.Combine(work, "deeper", "clone-of-the-same-commit"));
            var firstDlls = Build(first);
            var secondDlls = Build(second);

            foreach (var name in new[] { "K8sGuard.Analyzers.dll", "K8sGuard.CodeFixes.dll" })
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(firstDlls, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(secondDlls, name))),
                    name + " differs between the two folders");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    // The files the build reads: the root's props and global.json, and src/ as tracked (or about to be) by git.
    private static string CopySources(string destination)
    {
        var files = GitFiles.List(RepositoryPaths.Root)
            .Where(f => f.StartsWith("src/", StringComparison.Ordinal) || !f.Contains('/', StringComparison.Ordinal));
        foreach (var file in files)
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        return destination;
    }

    private static string Build(string root)
    {
        var output = Path.Combine(root, "out");
        var build = DotNetCli.Run(root, "build", "src/K8sGuard.CodeFixes/K8sGuard.CodeFixes.csproj", "-c", "Release", "-o", output, "--disable-build-servers", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        return output;
    }
}
