using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Infrastructure;

internal static class TestReferences
{
    /// <summary>The version of KubernetesClient the record-era tests compile against (the real package, from NuGet).</summary>
    public const string KubernetesClientVersion = "21.0.8";

    /// <summary>.NET 8 plus the real KubernetesClient package (record era).</summary>
    public static readonly ReferenceAssemblies KubernetesClient = ResolveWith(
        () => ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("KubernetesClient", KubernetesClientVersion))),
        "KubernetesClient.dll");

    /// <summary>.NET 8 only: class-era tests add <see cref="Stubs.ClassEraKubernetesClient"/> as a source.</summary>
    public static readonly ReferenceAssemblies NetOnly = ResolveWith(() => ReferenceAssemblies.Net.Net80, "System.Runtime.dll");

    /// <summary>
    /// Resolves the references once, up front, and fails loudly unless <paramref name="requiredFile"/> is among
    /// them. Microsoft.CodeAnalysis.Testing 1.1.4 silently leaves a package out when its first download into an
    /// empty cache goes wrong (seen here when KubernetesClient was not yet in the global packages folder, which is
    /// why the test project also references it); the tests would then only see compiler errors.
    /// </summary>
    private static ReferenceAssemblies ResolveWith(Func<ReferenceAssemblies> create, string requiredFile)
    {
        var references = create();
        var resolved = references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        if (!resolved.Any(r => string.Equals(Path.GetFileName(r.Display), requiredFile, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"The test references do not contain {requiredFile}; check the package restore.");
        }

        return references;
    }
}
