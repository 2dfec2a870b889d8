using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>
/// The K8S0001 fixes. Every test also runs Fix All in document, project and solution (the testing
/// framework's default) and checks that the fixed code compiles and carries no K8S0001.
/// </summary>
public sealed class K8S0001CodeFixTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Disable = EquivalenceKeys.PodSpecDisableAutomount;
    private const string Keep = EquivalenceKeys.PodSpecKeepToken;

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    private static Task FixAsync(string source, string fixedSource, string key = Disable, Model model = Model.RecordEra)
        => V.CodeFixAsync(Usings + source, Usings + fixedSource, model, key);

    [Fact]
    public Task SingleLineInitializer_StaysSingleLine() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { Containers = [] }; }",
        "class C { V1PodSpec M() => new V1PodSpec { Containers = [], AutomountServiceAccountToken = false }; }");

    [Fact]
    public Task SingleLineInitializerWithTrailingComma_KeepsTheStyle() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { Containers = [], }; }",
        "class C { V1PodSpec M() => new V1PodSpec { Containers = [], AutomountServiceAccountToken = false, }; }");

    [Fact]
    public Task MultiLineInitializerWithTrailingComma_AddsAnIndentedLineWithComma() => FixAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]
            {
                Containers = [],
                RestartPolicy = "Never",
            };
        }
        """, """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                Containers = [],
                RestartPolicy = "Never",
                AutomountServiceAccountToken = false,
            };
        }
        """);

    [Fact]
    public Task MultiLineInitializerWithoutTrailingComma_AddsAnIndentedLineWithoutComma() => FixAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]
            {
                Containers = [],
                RestartPolicy = "Never"
            };
        }
        """, """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                Containers = [],
                RestartPolicy = "Never",
                AutomountServiceAccountToken = false
            };
        }
        """);

    [Fact]
    public Task CommentAfterTheLastMember_StaysOnItsLine() => FixAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]
            {
                RestartPolicy = "Never" // batch
            };
        }
        """, """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                RestartPolicy = "Never", // batch
                AutomountServiceAccountToken = false
            };
        }
        """);

    [Fact]
    public Task EmptyInitializer_GetsTheMember() => FixAsync("""
        class C
        {
            V1PodSpec OneLine() => new [|V1PodSpec|] { };
            V1PodSpec MultiLine() => new [|V1PodSpec|]
            {
            };
        }
        """, """
        class C
        {
            V1PodSpec OneLine() => new V1PodSpec { AutomountServiceAccountToken = false };
            V1PodSpec MultiLine() => new V1PodSpec
            {
                AutomountServiceAccountToken = false
            };
        }
        """);

    [Fact]
    public Task NoInitializer_GetsOne() => FixAsync("""
        class C
        {
            V1PodSpec Explicit() => new [|V1PodSpec|]();
            V1PodSpec TargetTyped() => [|new|]();
            V1Pod Nested() => new V1Pod { Spec = new [|V1PodSpec|]() };
        }
        """, """
        class C
        {
            V1PodSpec Explicit() => new V1PodSpec { AutomountServiceAccountToken = false };
            V1PodSpec TargetTyped() => new() { AutomountServiceAccountToken = false };
            V1Pod Nested() => new V1Pod { Spec = new V1PodSpec { AutomountServiceAccountToken = false } };
        }
        """);

    [Fact]
    public Task ExplicitNull_IsReplaced() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { AutomountServiceAccountToken = null, Containers = [] }; }",
        "class C { V1PodSpec M() => new V1PodSpec { AutomountServiceAccountToken = false, Containers = [] }; }");

    [Fact]
    public Task KeepTheToken_SetsTrue() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { ServiceAccountName = \"operator\" }; }",
        "class C { V1PodSpec M() => new V1PodSpec { ServiceAccountName = \"operator\", AutomountServiceAccountToken = true }; }",
        Keep);

    [Fact]
    public Task FixAll_FixesEveryPodSpecInTheDocument() => FixAsync("""
        class C
        {
            V1Deployment Web() => new V1Deployment
            {
                Metadata = new() { Name = "web" },
                Spec = new() { Template = new() { Spec = new [|V1PodSpec|] { Containers = [] } } },
            };

            V1Job Job() => new V1Job { Spec = new() { Template = new() { Spec = [|new|]() { RestartPolicy = "Never" } } } };

            List<V1PodSpec> Many() => [new [|V1PodSpec|](), new [|V1PodSpec|]()];
        }
        """, """
        class C
        {
            V1Deployment Web() => new V1Deployment
            {
                Metadata = new() { Name = "web" },
                Spec = new() { Template = new() { Spec = new V1PodSpec { Containers = [], AutomountServiceAccountToken = false } } },
            };

            V1Job Job() => new V1Job { Spec = new() { Template = new() { Spec = new() { RestartPolicy = "Never", AutomountServiceAccountToken = false } } } };

            List<V1PodSpec> Many() => [new V1PodSpec { AutomountServiceAccountToken = false }, new V1PodSpec { AutomountServiceAccountToken = false }];
        }
        """);

    [Fact]
    public async Task FixAll_FixesEveryDocumentOfTheProject()
    {
        var test = V.CreateCodeFixTest(Usings + "class A { V1PodSpec M() => new [|V1PodSpec|](); }", Usings + "class A { V1PodSpec M() => new V1PodSpec { AutomountServiceAccountToken = false }; }", equivalenceKey: Disable);
        test.TestState.Sources.Add(Usings + "class B { V1Pod M() => new V1Pod { Spec = [|new|]() { Containers = [] } }; }");
        test.FixedState.Sources.Add(Usings + "class B { V1Pod M() => new V1Pod { Spec = new() { Containers = [], AutomountServiceAccountToken = false } }; }");
        await test.RunAsync();
    }

    [Fact]
    public Task ClassEra_AddsANamedArgument() => FixAsync(
        "class C { V1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](c, serviceAccountName: \"web\"); }",
        "class C { V1PodSpec M(IList<V1Container> c) => new V1PodSpec(c, serviceAccountName: \"web\", automountServiceAccountToken: false); }",
        model: Model.ClassEra);

    [Fact]
    public Task ClassEra_ReplacesAnExplicitNull() => FixAsync("""
        class C
        {
            V1PodSpec Named(IList<V1Container> c) => new [|V1PodSpec|](c, automountServiceAccountToken: null);
            V1PodSpec Positional(IList<V1Container> c) => new [|V1PodSpec|](c, null, null, null);
        }
        """, """
        class C
        {
            V1PodSpec Named(IList<V1Container> c) => new V1PodSpec(c, automountServiceAccountToken: false);
            V1PodSpec Positional(IList<V1Container> c) => new V1PodSpec(c, null, null, false);
        }
        """, model: Model.ClassEra);

    [Fact]
    public Task ClassEra_MultiLineArguments_AddALine() => FixAsync("""
        class C
        {
            V1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](
                c,
                restartPolicy: "Never");
        }
        """, """
        class C
        {
            V1PodSpec M(IList<V1Container> c) => new V1PodSpec(
                c,
                restartPolicy: "Never",
                automountServiceAccountToken: false);
        }
        """, model: Model.ClassEra);

    [Fact]
    public Task ClassEra_KeepTheToken() => FixAsync(
        "class C { V1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](c, serviceAccountName: \"operator\"); }",
        "class C { V1PodSpec M(IList<V1Container> c) => new V1PodSpec(c, serviceAccountName: \"operator\", automountServiceAccountToken: true); }",
        Keep,
        Model.ClassEra);

    [Fact]
    public Task ClassEra_NestedAsTheLastArgumentOfItsParent() => FixAsync(
        "class C { V1Pod M(IList<V1Container> c) => new V1Pod(metadata: new V1ObjectMeta(name: \"web\"), spec: new [|V1PodSpec|](c, restartPolicy: \"Always\")); }",
        "class C { V1Pod M(IList<V1Container> c) => new V1Pod(metadata: new V1ObjectMeta(name: \"web\"), spec: new V1PodSpec(c, restartPolicy: \"Always\", automountServiceAccountToken: false)); }",
        model: Model.ClassEra);
}
