using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0001 and its fix with the C# features real projects use around the objects.</summary>
public sealed class LanguageFeatureTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    [Fact]
    public async Task GlobalUsingsAndFileScopedNamespaces_Work()
    {
        var test = V.CreateCodeFixTest(
            "namespace Shop.Operators;\n\npublic static class Pods\n{\n    public static V1PodSpec Web() => new [|V1PodSpec|] { Containers = [] };\n}\n",
            "namespace Shop.Operators;\n\npublic static class Pods\n{\n    public static V1PodSpec Web() => new V1PodSpec { Containers = [], AutomountServiceAccountToken = false };\n}\n");
        test.TestState.Sources.Add(("GlobalUsings.cs", "global using k8s.Models;\n"));
        test.FixedState.Sources.Add(("GlobalUsings.cs", "global using k8s.Models;\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task ConditionalCompilation_OnlyTheActiveBranchIsAnalysed() => V.AnalyzerAsync("""
        using k8s.Models;

        class C
        {
            V1PodSpec M() =>
        #if NEVER_DEFINED
                new V1PodSpec();
        #else
                new [|V1PodSpec|] { Containers = [] };
        #endif
        }
        """);

    [Fact]
    public Task NullableContexts_AreIrrelevantToTheRule() => V.AnalyzerAsync("""
        using k8s.Models;

        #nullable enable
        class Enabled
        {
            V1PodSpec? Maybe(bool b) => b ? new [|V1PodSpec|]() : null;
            V1PodSpec Set() => new V1PodSpec { AutomountServiceAccountToken = false, ServiceAccountName = null! };
        }
        #nullable disable
        class Disabled
        {
            V1PodSpec Maybe() => new [|V1PodSpec|] { ServiceAccountName = null };
        }
        """);

    [Fact]
    public async Task PartialClassesAcrossFiles_AreAnalysedPerFile()
    {
        var test = V.CreateAnalyzerTest("""
            using k8s.Models;

            partial class Workloads
            {
                V1PodSpec First() => new [|V1PodSpec|]();
            }
            """);
        test.TestState.Sources.Add(("Workloads.Second.cs", """
            using k8s.Models;

            partial class Workloads
            {
                V1PodSpec Second() => new V1PodSpec { AutomountServiceAccountToken = false };
                V1PodSpec Third() => new [|V1PodSpec|]();
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task TopLevelProgram_FixIsApplied()
    {
        var test = V.CreateCodeFixTest(
            "using k8s.Models;\n\nvar spec = new [|V1PodSpec|]();\nSystem.Console.WriteLine(spec);\n",
            "using k8s.Models;\n\nvar spec = new V1PodSpec { AutomountServiceAccountToken = false };\nSystem.Console.WriteLine(spec);\n");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }
}
