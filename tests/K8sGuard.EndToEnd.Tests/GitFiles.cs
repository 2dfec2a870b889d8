using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>The repository's files as git sees them: tracked, and untracked but not ignored.</summary>
internal static class GitFiles
{
    public static string[] List(string repository)
    {
        var startInfo = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "ls-files", "--cached", "--others", "--exclude-standard", "-z" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("git ls-files failed in " + repository);
        }

        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(repository, f))).ToArray();
    }
}
