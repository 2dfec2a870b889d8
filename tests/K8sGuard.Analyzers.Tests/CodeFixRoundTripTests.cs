using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Analyzers.Tests.Stubs;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace K8sGuard.Analyzers.Tests;

/// <summary>
/// Every diagnostic of the corpus, every code action, and Fix All per action: the result compiles with no new error,
/// no longer carries the fixed diagnostic, and differs from the input only inside the fixed creation expressions.
/// </summary>
public sealed class CodeFixRoundTripTests
{
    private static readonly ImmutableArray<CodeFixProvider> Providers = ImmutableArray.Create<CodeFixProvider>(new KubernetesCodeFixProvider());

    private readonly ITestOutputHelper _output;

    public CodeFixRoundTripTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task EveryCodeActionAndFixAll_OnTheCorpus_CompilesAndTouchesOnlyTheFixedObjects()
    {
        var applied = 0;
        var fixAll = 0;
        foreach (var (folder, references, stub, outputKind) in CorpusFiles.CorpusAndSample())
        {
            var project = await CreateProjectAsync(folder, references, stub, outputKind);
            var diagnostics = await AnalyzeAsync(project);
            Assert.NotEmpty(diagnostics);
            foreach (var diagnostic in diagnostics.Where(HasFix))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                var provider = Providers.Single(p => p.FixableDiagnosticIds.Contains(diagnostic.Id));
                foreach (var action in await ActionsAsync(provider, document, diagnostic))
                {
                    var changed = await ApplyAsync(action);
                    await AssertOnlyTheCreationChangedAsync(document, changed.GetDocument(document.Id)!, diagnostic, action.EquivalenceKey == EquivalenceKeys.HardenPod);
                    await AssertCompilesWithoutTheDiagnosticAsync(changed.GetProject(project.Id)!, diagnostic);
                    applied++;
                }
            }

            // Fix All per rule: each of its actions, over the whole solution, removes every diagnostic of the rule.
            foreach (var (provider, id) in Providers.SelectMany(p => p.FixableDiagnosticIds.Select(id => (p, id))))
            {
                var ids = ImmutableArray.Create(id);
                var first = diagnostics.FirstOrDefault(d => d.Id == id && HasFix(d));
                if (first is null)
                {
                    continue;
                }

                var document = project.GetDocument(first.Location.SourceTree)!;
                foreach (var action in await ActionsAsync(provider, document, first))
                {
                    var context = new FixAllContext(document, provider, FixAllScope.Solution, action.EquivalenceKey, ids, new Diagnostics(diagnostics), CancellationToken.None);
                    var fix = await provider.GetFixAllProvider()!.GetFixAsync(context);
                    Assert.NotNull(fix);
                    var fixedProject = (await ApplyAsync(fix!)).GetProject(project.Id)!;
                    var remaining = await AnalyzeAsync(fixedProject);
                    Assert.DoesNotContain(remaining, d => ids.Contains(d.Id));
                    var compilation = (await fixedProject.GetCompilationAsync())!;
                    Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                    fixAll++;
                }
            }
        }

        _output.WriteLine($"{applied} code actions and {fixAll} Fix All runs applied to the corpus");
        Assert.True(applied >= 25, $"only {applied} code actions applied");
    }

    // A diagnostic with a fix carries its kind; the others (hostPath, SELinux, sysctls, …) have no safe automatic edit.
    private static bool HasFix(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(FixProperties.Fix);

    private static async Task AssertOnlyTheCreationChangedAsync(Document before, Document after, Diagnostic diagnostic, bool wholePod)
    {
        var root = (await before.GetSyntaxRootAsync())!;
        var reported = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode creation;
        if (wholePod)
        {
            // "Harden this pod" edits the outermost creation around the diagnostic: the workload or the pod spec.
            creation = reported.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().Last();
        }
        else if (diagnostic.Properties[FixProperties.Fix] == FixProperties.SetCreationProperty)
        {
            creation = reported.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().First();
            // The analyzer reads the `with` expressions applied to the creation too, and the fix writes where it read.
            while (creation.Parent is WithExpressionSyntax with && with.Expression == creation)
            {
                creation = with;
            }
        }
        else
        {
            // A written value's fix edits the member, argument, assignment or element, and at most the list that holds it.
            creation = reported.Parent is ExpressionElementSyntax element ? element.Parent! : reported.Parent!;
        }

        // Everything before and after the creation is unchanged, character for character (a text diff could
        // place an insertion next to the creation ambiguously, so the two texts are compared directly).
        var original = (await before.GetTextAsync()).ToString();
        var edited = (await after.GetTextAsync()).ToString();
        var suffixLength = original.Length - creation.Span.End;
        Assert.True(edited.Length >= creation.Span.Start + suffixLength, $"{diagnostic}: the fix removed text around the creation");
        Assert.True(
            string.CompareOrdinal(original, 0, edited, 0, creation.Span.Start) == 0
            && string.CompareOrdinal(original, creation.Span.End, edited, edited.Length - suffixLength, suffixLength) == 0,
            $"{diagnostic}: the fix changed text outside the creation {creation.Span}");
        Assert.NotEqual(original, edited);
    }

    private static async Task AssertCompilesWithoutTheDiagnosticAsync(Project project, Diagnostic fixedDiagnostic)
    {
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var remaining = await AnalyzeAsync(project);
        Assert.DoesNotContain(remaining, d =>
            d.Id == fixedDiagnostic.Id
            && d.Location.SourceTree!.FilePath == fixedDiagnostic.Location.SourceTree!.FilePath
            && d.Location.SourceSpan.Start == fixedDiagnostic.Location.SourceSpan.Start
            // The next element of a list moves to where a removed one was: it is another diagnostic.
            && d.GetMessage() == fixedDiagnostic.GetMessage());
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer())).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        Assert.NotEmpty(actions);
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
        => (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;

    private static async Task<Project> CreateProjectAsync(string folder, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies references, string? stub, OutputKind outputKind)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            folder,
            folder,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)));
        foreach (var path in CorpusFiles.In(folder))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(File.ReadAllText(path)), filePath: folder + "/" + Path.GetFileName(path));
        }

        if (stub is not null)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "stub.cs", SourceText.From(stub), filePath: "stub.cs");
        }

        return solution.GetProject(projectId)!;
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Diagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
