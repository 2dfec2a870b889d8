using System.Linq;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>
/// The engine's reading of other documents from syntax: which method a call names (<see cref="ProjectMethods"/>), what
/// a body does through a name (<see cref="SyntaxUses"/>, over <see cref="SyntaxNameIndex"/>), and who can call a method.
/// </summary>
public sealed class ProjectMethodsTests
{
    private const string Source = """
        using k8s.Models;

        static class Hardening
        {
            public static void Apply(V1PodSpec spec) { }
            public static void Apply(V1PodSpec spec, bool strict) { }
            public static void Overloaded(V1Pod pod) { }
            public static void Overloaded(V1PodSpec spec) { }
            public static V1PodSpec Harden(this V1PodSpec spec) => spec;
        }

        static class Other
        {
            public static void Apply(V1Pod pod, int level, string reason) { }
        }

        public class Api
        {
            public V1PodSpec Public() => new V1PodSpec();
            internal V1PodSpec Internal() => new V1PodSpec();
            protected virtual V1PodSpec Virtual() => new V1PodSpec();
            private class Nested { public V1PodSpec Hidden() => new V1PodSpec(); }

            void Calls(V1PodSpec spec, V1Pod pod)
            {
                Hardening.Apply(spec);
                Hardening.Apply(spec, strict: true);
                Other.Apply(pod, 1, "x");
                Hardening.Overloaded(spec);
                spec.Harden();
                Internal();
                this.Public();
            }
        }
        """;

    private readonly EngineCompilation _compilation = new(Source);

    private InvocationExpressionSyntax Call(string text)
        => _compilation.Compilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First(c => c.ToString() == text);

    private ProjectMethods Methods => new(_compilation.Compilation);

    [Theory]
    [InlineData("Hardening.Apply(spec)", "Hardening.Apply(V1PodSpec)")]
    [InlineData("Hardening.Apply(spec, strict: true)", "Hardening.Apply(V1PodSpec, bool)")]
    [InlineData("Other.Apply(pod, 1, \"x\")", "Other.Apply(V1Pod, int, string)")]
    [InlineData("spec.Harden()", "Hardening.Harden(V1PodSpec)")]
    [InlineData("Internal()", "Api.Internal()")]
    [InlineData("this.Public()", "Api.Public()")]
    public void Resolve_FindsTheOneMethodTheDeclarationsAllow(string call, string expected)
        => Assert.Equal(expected, Methods.Resolve(Call(call))?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat.WithParameterOptions(SymbolDisplayParameterOptions.IncludeType)));

    [Theory]
    [InlineData("Hardening.Overloaded(spec)")]
    public void Resolve_IsUnknown_WhenSeveralRemain(string call) => Assert.Null(Methods.Resolve(Call(call)));

    [Theory]
    [InlineData("Public", true)]
    [InlineData("Internal", false)]
    [InlineData("Virtual", true)]
    [InlineData("Hidden", false)]
    public void CallableFromOutside_IsPublicApiOfALibraryOrDispatch(string method, bool expected)
        => Assert.Equal(expected, Methods.IsCallableFromOutside(Methods.Named(method).Single()));

    [Fact]
    public void Named_FindsMethodsInNestedGenericPartialAndFileLocalTypes_AcrossNamespacesAndTrees()
    {
        // The types that declare a name are read from each tree's declarations, then found by name from the global namespace.
        var first = """
            namespace Company.Operators
            {
                public static partial class Templates
                {
                    public static int Build(int replicas) => replicas;

                    public sealed class Inner<T> { public T Build(T value) => value; }
                }
            }

            file sealed class Local { public int Build() => 0; }

            public sealed record Settings(string Build, int Replicas);

            public enum Mode { Build, Run }
            """;
        var second = """
            namespace Company.Operators;

            public static partial class Templates
            {
                public static int Build(int replicas, int surge) => replicas + surge;
            }

            file sealed class Local { public int Build(string name) => name.Length; }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Lookup",
            new[] { CSharpSyntaxTree.ParseText(first, new CSharpParseOptions(LanguageVersion.Latest), "First.cs"), CSharpSyntaxTree.ParseText(second, new CSharpParseOptions(LanguageVersion.Latest), "Second.cs") },
            EngineReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var methods = new ProjectMethods(compilation);

        var found = methods.Named("Build").Select(m => m.ContainingType.Name + "." + m.Name + "/" + m.Parameters.Length).OrderBy(n => n, System.StringComparer.Ordinal);

        Assert.Equal(new[] { "Inner.Build/1", "Local.Build/0", "Local.Build/1", "Templates.Build/1", "Templates.Build/2" }, found);
        // A record's positional parameter and an enum member are members of that name too (a use of it may mean them).
        Assert.True(methods.NamesOtherMembers("Build"));
        Assert.True(methods.NamesOtherMembers("Replicas"));
        Assert.False(methods.NamesOtherMembers("Apply"));
    }

    [Fact]
    public void CallableFromOutside_InAnExecutable_OnlyDispatch()
    {
        var executable = new ProjectMethods(_compilation.Compilation.WithOptions(_compilation.Compilation.Options.WithOutputKind(OutputKind.ConsoleApplication)));
        Assert.False(executable.IsCallableFromOutside(executable.Named("Public").Single()));
        Assert.True(executable.IsCallableFromOutside(executable.Named("Virtual").Single()));
    }

    [Fact]
    public void SyntaxUses_ReadWritesCallsAliasesAndReturns_UpToTheNextStore_NotShadowingNames()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                object M(V1Pod pod)
                {
                    pod.Spec.AutomountServiceAccountToken = false;
                    pod.Spec.Containers[0].Name ??= "x";
                    Harden(pod.Spec);
                    pod.Spec.Harden();
                    var s = pod.Spec;
                    System.Action<V1Pod> f = pod => pod.Spec = null;
                    other.pod.Spec = null;
                    if (pod.Spec is null) return pod.Spec;
                    pod = new V1Pod();
                    pod.Spec.Hostname = "after the store: another pod";
                }
            }
            """);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var uses = SyntaxUses.OfVariable(SyntaxNameIndex.Get(tree, CancellationToken.None), method, "pod", method.SpanStart, method.Body);
        Assert.Equal(
            new[]
            {
                "Write Spec.AutomountServiceAccountToken definite",
                "Write Spec.Containers.[].Name",
                "Passed Spec",
                "Receiver Spec",
                "Alias Spec",
                "Returned Spec",
                "Store",
            },
            uses.Select(u => (u.Kind + " " + (u.Kind == SyntaxUseKind.Write ? u.WrittenPath : u.Path)).TrimEnd() + (u.Definite ? " definite" : string.Empty)));
    }

    [Fact]
    public void SyntaxNameIndex_FindsNamesSpeltWithEscapesOrFormattingCharacters()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M(V1PodSpec spec) { sp\\u0065c.X = 1; sp\u200Dec.Y = 2; spec.Z = 3; } }");
        var index = SyntaxNameIndex.Get(tree, CancellationToken.None);
        Assert.Equal(3, index.Uses("spec").Count());
        Assert.Same(index, SyntaxNameIndex.Get(tree, CancellationToken.None));
    }
}
