using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>
/// Where the fixes write: the member the analyzer's verdict came from (a <c>with</c> member, the initializer over a
/// constructor argument), never inside an <c>#if</c> region, keeping comments and the file's indentation, and nowhere
/// when the member would not compile. Each test also runs Fix All (document, project, solution) and checks that the
/// fixed code compiles and carries no diagnostic of the rule; where no fix is offered the fixed code is the source,
/// diagnostic included, so any offered action would fail the test.
/// </summary>
public sealed class CodeFixPlacementTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);
    private static readonly RuleVerifier V3 = new(RuleIdentifiers.PodMountsDefaultServiceAccountToken);

    private const string Disable = EquivalenceKeys.PodSpecDisableAutomount;

    private const string Usings = """
        using System.Collections;
        using System.Collections.Generic;
        using k8s.Models;

        """;

    private static Task FixAsync(string source, string fixedSource, Model model = Model.RecordEra, params string[] symbols)
        => V.CreateCodeFixTest(Usings + source, Usings + fixedSource, model, Disable, symbols).RunAsync();

    [Fact]
    public Task K8S0001_NullInATrailingWith_IsReplacedThere() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { Containers = [] } with { AutomountServiceAccountToken = null }; }",
        "class C { V1PodSpec M() => new V1PodSpec { Containers = [] } with { AutomountServiceAccountToken = false }; }");

    [Fact]
    public Task K8S0001_NullAfterTrueInAWith_TheWithIsEdited_NotTheInitializer() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|] { AutomountServiceAccountToken = true } with { AutomountServiceAccountToken = default }; }",
        "class C { V1PodSpec M() => new V1PodSpec { AutomountServiceAccountToken = true } with { AutomountServiceAccountToken = false }; }");

    [Fact]
    public Task K8S0003_TrueInATrailingWith_IsReplacedThere() => V3.CodeFixAsync(
        Usings + "class C { V1PodSpec M() => new [|V1PodSpec|] { Containers = [], AutomountServiceAccountToken = false } with { AutomountServiceAccountToken = true }; }",
        Usings + "class C { V1PodSpec M() => new V1PodSpec { Containers = [], AutomountServiceAccountToken = false } with { AutomountServiceAccountToken = false }; }",
        Model.RecordEra,
        EquivalenceKeys.DefaultAccountDisableAutomount);

    [Fact]
    public Task ClassEra_InitializerNullAfterAConstructorArgument_TheInitializerIsEdited() => FixAsync(
        "class C { V1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](c, automountServiceAccountToken: true) { AutomountServiceAccountToken = null }; }",
        "class C { V1PodSpec M(IList<V1Container> c) => new V1PodSpec(c, automountServiceAccountToken: true) { AutomountServiceAccountToken = false }; }",
        Model.ClassEra);

    private const string TrailingDebugBlock = """
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]
            {
                Containers = [],
        #if DEBUG
                NodeName = "dev-node",
        #endif
            };
        }
        """;

    private const string TrailingDebugBlockFixed = """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                Containers = [],
                AutomountServiceAccountToken = false,
        #if DEBUG
                NodeName = "dev-node",
        #endif
            };
        }
        """;

    [Fact]
    public Task TrailingIfDebugBlock_DebugDefined_TheMemberGoesBeforeTheDirective()
        => FixAsync(TrailingDebugBlock, TrailingDebugBlockFixed, Model.RecordEra, "DEBUG");

    [Fact]
    public Task TrailingIfDebugBlock_DebugUndefined_TheMemberGoesBeforeTheDirective()
        => FixAsync(TrailingDebugBlock, TrailingDebugBlockFixed);

    [Theory]
    [InlineData("DEBUG")]
    [InlineData("RELEASE")]
    public Task EveryMemberInsideIfElse_TheMemberGoesFirst(string symbol) => FixAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]
            {
        #if DEBUG
                NodeName = "dev-node"
        #else
                NodeName = "pool-a"
        #endif
            };
        }
        """, """
        class C
        {
            V1PodSpec M() => new V1PodSpec
            {
                AutomountServiceAccountToken = false,
        #if DEBUG
                NodeName = "dev-node"
        #else
                NodeName = "pool-a"
        #endif
            };
        }
        """, Model.RecordEra, symbol);

    [Fact]
    public Task DirectiveInsideAMember_DoesNotMoveTheNewMember() => FixAsync("""
        class C
        {
            V1PodSpec M(V1Container web, V1Container debug) => new [|V1PodSpec|]
            {
                Containers =
                [
                    web,
        #if DEBUG
                    debug,
        #endif
                ],
                RestartPolicy = "Always",
            };
        }
        """, """
        class C
        {
            V1PodSpec M(V1Container web, V1Container debug) => new V1PodSpec
            {
                Containers =
                [
                    web,
        #if DEBUG
                    debug,
        #endif
                ],
                RestartPolicy = "Always",
                AutomountServiceAccountToken = false,
            };
        }
        """, Model.RecordEra, "DEBUG");

    [Fact]
    public Task CommentInsideEmptyParentheses_IsKept() => FixAsync(
        "class C { V1PodSpec M() => new [|V1PodSpec|](/* defaults */); }",
        "class C { V1PodSpec M() => new V1PodSpec(/* defaults */) { AutomountServiceAccountToken = false }; }");

    [Fact]
    public Task TabIndentedFile_NewLinesUseTabs_AndNothingElseMoves() => FixAsync(
        "class C\n{\n\tV1PodSpec A() => new [|V1PodSpec|]\n\t{\n\t\tContainers = [],\n\t};\n\n\tV1PodSpec B() => new [|V1PodSpec|]\n\t{\n\t};\n\n\tV1Pod P() => new V1Pod { Spec = new [|V1PodSpec|]() };\n}\n",
        "class C\n{\n\tV1PodSpec A() => new V1PodSpec\n\t{\n\t\tContainers = [],\n\t\tAutomountServiceAccountToken = false,\n\t};\n\n\tV1PodSpec B() => new V1PodSpec\n\t{\n\t\tAutomountServiceAccountToken = false\n\t};\n\n\tV1Pod P() => new V1Pod { Spec = new V1PodSpec { AutomountServiceAccountToken = false } };\n}\n");

    [Fact]
    public Task TabIndentedClassEraArguments_NewLineUsesTabs() => FixAsync(
        "class C\n{\n\tV1PodSpec M(IList<V1Container> c) => new [|V1PodSpec|](\n\t\tc,\n\t\trestartPolicy: \"Never\");\n}\n",
        "class C\n{\n\tV1PodSpec M(IList<V1Container> c) => new V1PodSpec(\n\t\tc,\n\t\trestartPolicy: \"Never\",\n\t\tautomountServiceAccountToken: false);\n}\n",
        Model.ClassEra);

    private const string CollectionPodSpec = """
        record ContainerList : V1PodSpec, IEnumerable<V1Container>
        {
            public void Add(V1Container container) => (Containers ??= new List<V1Container>()).Add(container);
            public IEnumerator<V1Container> GetEnumerator() => (Containers ?? new List<V1Container>()).GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        """;

    [Fact]
    public Task PodSpecThatIsACollection_WithElementInitializer_NoFix() => FixAsync(
        CollectionPodSpec + "class C { V1PodSpec M(V1Container web) => new [|ContainerList|] { web }; }",
        CollectionPodSpec + "class C { V1PodSpec M(V1Container web) => new [|ContainerList|] { web }; }");

    [Fact]
    public Task PodSpecThatIsACollection_WithoutInitializer_GetsAnObjectInitializer() => FixAsync(
        CollectionPodSpec + "class C { V1PodSpec M() => new [|ContainerList|](); }",
        CollectionPodSpec + "class C { V1PodSpec M() => new ContainerList { AutomountServiceAccountToken = false }; }");

    private const string HidingPodSpec = """
        record LabelledPodSpec : V1PodSpec
        {
            public new string? AutomountServiceAccountToken { get; set; }
        }

        """;

    [Fact]
    public Task DerivedTypeHidingThePropertyWithAnotherType_NoFix() => FixAsync(
        HidingPodSpec + "class C { V1PodSpec M() => new [|LabelledPodSpec|] { Containers = [] }; }",
        HidingPodSpec + "class C { V1PodSpec M() => new [|LabelledPodSpec|] { Containers = [] }; }");

    [Fact]
    public Task DerivedTypeHidingTheProperty_ExplicitNull_NoFix() => FixAsync(
        HidingPodSpec + "class C { V1PodSpec M() => new [|LabelledPodSpec|] { AutomountServiceAccountToken = null }; }",
        HidingPodSpec + "class C { V1PodSpec M() => new [|LabelledPodSpec|] { AutomountServiceAccountToken = null }; }");

    [Fact]
    public Task FixAll_OverWithExpressionsDirectivesAndTabs_FixesEachWhereItWasRead() => FixAsync(
        "class C\n{\n\tV1PodSpec[] M() =>\n\t[\n\t\tnew [|V1PodSpec|] { Containers = [] } with { AutomountServiceAccountToken = null },\n\t\tnew [|V1PodSpec|]\n\t\t{\n\t\t\tContainers = [],\n#if DEBUG\n\t\t\tNodeName = \"dev\",\n#endif\n\t\t},\n\t\tnew [|V1PodSpec|](),\n\t];\n}\n",
        "class C\n{\n\tV1PodSpec[] M() =>\n\t[\n\t\tnew V1PodSpec { Containers = [] } with { AutomountServiceAccountToken = false },\n\t\tnew V1PodSpec\n\t\t{\n\t\t\tContainers = [],\n\t\t\tAutomountServiceAccountToken = false,\n#if DEBUG\n\t\t\tNodeName = \"dev\",\n#endif\n\t\t},\n\t\tnew V1PodSpec { AutomountServiceAccountToken = false },\n\t];\n}\n",
        Model.RecordEra,
        "DEBUG");
}
