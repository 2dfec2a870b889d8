using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>"Harden this pod": every restricted fix of one pod (K8S0202, K8S0203, K8S0205, K8S0206) in one edit.</summary>
public sealed class HardenPodFixTests
{
    private static readonly RuleVerifier V = new(K8S0203RunAsNonRoot.Id);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task HardenThisPod_FixesThePodAndEveryContainer_InOneEdit()
    {
        var test = V.CreateCodeFixTest(Usings + """
            class C
            {
                V1PodSpec Web() => new {|#0:V1PodSpec|}
                {
                    AutomountServiceAccountToken = false,
                    InitContainers = [new {|#1:V1Container|} { Name = "setup", SecurityContext = new() { AllowPrivilegeEscalation = false } }],
                    Containers = [new {|#2:V1Container|} { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"] } } }],
                };
            }
            """, Usings + """
            class C
            {
                V1PodSpec Web() => new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    InitContainers = [new V1Container { Name = "setup", SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } } } }],
                    Containers = [new V1Container { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"] }, AllowPrivilegeEscalation = false } }],
                    SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                };
            }
            """,
            equivalenceKey: EquivalenceKeys.HardenPod);
        test.ExpectedDiagnostics.AddRange(new[]
        {
            V.Diagnostic(K8S0203RunAsNonRoot.Rule).WithLocation(0).WithArguments("Pod spec", "init container 'setup' and container 'app'"),
            V.Diagnostic(K8S0205SeccompProfileUnset.Rule).WithLocation(0).WithArguments("Pod spec", "init container 'setup' and container 'app'"),
            V.Diagnostic(K8S0206CapabilitiesNotDropped.Rule).WithLocation(1).WithArguments("Init container 'setup'", ""),
            V.Diagnostic(K8S0202PrivilegeEscalation.Rule).WithLocation(2).WithArguments("Container 'app'", ""),
        });
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        return test.RunAsync();
    }
}

/// <summary>
/// "Harden this pod" applied once, the way the IDE applies it (the testing framework's code-fix test repeats an action
/// over every remaining diagnostic, so it cannot show what one invocation leaves alone).
/// </summary>
public sealed class HardenPodScopeTests
{
    private const string Source = """
        using k8s.Models;

        class C
        {
            V1PodSpec Web() => new V1PodSpec
            {
                AutomountServiceAccountToken = false,
                Containers = [new V1Container { Name = "web" }],
            };

            V1PodSpec Worker() => new V1PodSpec
            {
                AutomountServiceAccountToken = false,
                Containers = [new V1Container { Name = "worker" }],
            };
        }
        """;

    [Fact]
    public async Task HardenThisPod_FixesItsPodOnly_AndLeavesTheNextPodAsItWas()
    {
        var document = await CreateDocumentAsync(Source);
        var diagnostics = await AnalyzeAsync(document);
        var web = diagnostics.First(d => d.Id == K8S0202PrivilegeEscalation.Id && d.GetMessage().Contains("'web'", StringComparison.Ordinal));

        var actions = new List<CodeAction>();
        await new KubernetesCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, web, (action, _) => actions.Add(action), CancellationToken.None));
        var harden = Assert.Single(actions, a => a.EquivalenceKey == EquivalenceKeys.HardenPod);
        var operation = Assert.Single((await harden.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var hardened = operation.ChangedSolution.GetDocument(document.Id)!;
        var text = (await hardened.GetTextAsync()).ToString();

        var worker = Source.Substring(Source.IndexOf("V1PodSpec Worker()", StringComparison.Ordinal));
        Assert.EndsWith(worker, text, StringComparison.Ordinal);
        var remaining = await AnalyzeAsync(hardened);
        Assert.All(remaining, d => Assert.Contains("'worker'", d.GetMessage(), StringComparison.Ordinal));
        Assert.Equal(new[] { "K8S0202", "K8S0203", "K8S0205", "K8S0206" }, remaining.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<Document> CreateDocumentAsync(string source)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Scope",
            "Scope",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: await TestReferences.KubernetesClient.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)));
        var documentId = DocumentId.CreateNewId(projectId);
        return solution.AddDocument(documentId, "Pods.cs", SourceText.From(source), filePath: "Pods.cs").GetDocument(documentId)!;
    }
}
