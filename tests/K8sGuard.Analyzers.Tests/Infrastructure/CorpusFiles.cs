using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using K8sGuard.Analyzers.Tests.Stubs;
using K8sGuard.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Infrastructure;

/// <summary>One compilation of realistic code: its folder, what it compiles against, and its output kind.</summary>
internal sealed record CorpusGroup(string Folder, ReferenceAssemblies References, string? Stub, OutputKind OutputKind);

/// <summary>The files of a corpus group (Corpus/RecordEra, ClassEra, Pulumi) or of the sample operator.</summary>
internal static class CorpusFiles
{
    /// <summary>The marked corpus: one group per object model (they cannot share a compilation).</summary>
    public static IEnumerable<CorpusGroup> Corpus()
    {
        yield return new("RecordEra", TestReferences.KubernetesClient, null, OutputKind.ConsoleApplication);
        yield return new("ClassEra", TestReferences.NetOnly, ClassEraKubernetesClient.Source, OutputKind.DynamicallyLinkedLibrary);
        yield return new("Pulumi", TestReferences.NetOnly, PulumiKubernetesStubs.Source, OutputKind.DynamicallyLinkedLibrary);
    }

    /// <summary>The corpus plus the sample operator (which carries no expectation markers).</summary>
    public static IEnumerable<CorpusGroup> CorpusAndSample()
        => Corpus().Append(new(Sample, TestReferences.KubernetesClient, ImplicitUsings, OutputKind.ConsoleApplication));

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
