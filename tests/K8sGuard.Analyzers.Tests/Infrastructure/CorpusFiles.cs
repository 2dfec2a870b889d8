using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using K8sGuard.Tests.Shared;

namespace K8sGuard.Analyzers.Tests.Infrastructure;

/// <summary>The files of a corpus group (Corpus/RecordEra, ClassEra, Pulumi) or of the sample operator.</summary>
internal static class CorpusFiles
{
    /// <summary>The group name that stands for samples/OperatorSample.</summary>
    public const string Sample = "OperatorSample";

    /// <summary>What the SDK's implicit usings give the sample project.</summary>
    public const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    public static IReadOnlyList<string> In(string group)
    {
        var folder = group == Sample
            ? Path.Combine(RepositoryPaths.Root, "samples", "OperatorSample")
            : Path.Combine(AppContext.BaseDirectory, "Corpus", group);
        return Directory.GetFiles(folder, "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToList();
    }
}
