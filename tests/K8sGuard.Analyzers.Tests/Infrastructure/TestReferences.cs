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

    /// <summary>The version of Aspire.Hosting the Aspire tests compile app hosts against (the real package, from NuGet).</summary>
    public const string AspireHostingVersion = "13.6.5";

    /// <summary>
    /// .NET 8 (Aspire.Hosting 13.6.5 ships only lib/net8.0) plus the real Aspire.Hosting package and its dependencies.
    /// Aspire.Hosting.Kubernetes is not served: tests add <see cref="K8sGuard.Tests.Shared.AspireHostingKubernetesStub"/>
    /// as a source. Microsoft.CodeAnalysis.Testing looks up each dependency at exactly its minimum version, and two of
    /// them are not served at that version (Polly.Core 8.7.0 and Nerdbank.MessagePack 1.2.4, the latter through
    /// StreamJsonRpc): naming the served versions the test project pins (Directory.Packages.props) lets it resolve.
    /// </summary>
    public static readonly ReferenceAssemblies AspireHosting = ResolveWith(
        () => ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Aspire.Hosting", AspireHostingVersion),
            new PackageIdentity("Polly.Core", "8.8.0"),
            new PackageIdentity("Nerdbank.MessagePack", "1.3.88"))),
        "Aspire.Hosting.dll");

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
