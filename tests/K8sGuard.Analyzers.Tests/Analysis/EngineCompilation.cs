using System;
using System.IO;
using System.Linq;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Tests.Stubs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>
/// A compilation of test code against the class-era stub (or the Pulumi stub), for the engine's own tests: they ask the
/// engine about operations found by their source text, without any rule in between.
/// </summary>
internal sealed class EngineCompilation
{
    private static readonly MetadataReference[] Framework = EngineReferences.Framework;

    private readonly SyntaxTree _tree;


    public EngineCompilation(string source, Infrastructure.Model model = Infrastructure.Model.ClassEra)
    {
        var stub = model == Infrastructure.Model.Pulumi ? PulumiKubernetesStubs.Source : ClassEraKubernetesClient.Source;
        _tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test.cs");
        var compilation = CSharpCompilation.Create(
            "Engine",
            new[] { _tree, CSharpSyntaxTree.ParseText(stub, new CSharpParseOptions(LanguageVersion.Latest), path: "Stub.cs") },
            Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Compilation = compilation;
        Semantics = compilation.GetSemanticModel(_tree);
        Kubernetes = KubernetesCompilation.Create(compilation)!;
        Assert.NotNull(Kubernetes);
    }

    public Compilation Compilation { get; }

    public SemanticModel Semantics { get; }

    public KubernetesCompilation Kubernetes { get; }

    /// <summary>The operation of the first node of the test code whose text is exactly <paramref name="text"/>.</summary>
    public T Find<T>(string text)
        where T : class, IOperation
    {
        var node = _tree.GetRoot().DescendantNodes().FirstOrDefault(n => n.ToString() == text && Semantics.GetOperation(n) is T);
        Assert.True(node is not null, $"no {typeof(T).Name} '{text}' in the test code");
        return (T)Semantics.GetOperation(node!)!;
    }

    /// <summary>The write of <paramref name="text"/> (an assignment or initializer member) to a field the rules read.</summary>
    public FieldWrite Write(string text, KubernetesField field)
    {
        var assignment = Find<IAssignmentOperation>(text);
        var model = Kubernetes.Types.Classify(((IPropertyReferenceOperation)assignment.Target).Property.ContainingType).Model;
        return FieldWrite.ForAssignment(assignment, field, model, Kubernetes.LaterWrites, CancellationToken.None);
    }
}

/// <summary>The framework assemblies the engine and editor tests compile against.</summary>
internal static class EngineReferences
{
    public static readonly MetadataReference[] Framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "System.Linq.dll" or "System.Collections.Immutable.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();
}
