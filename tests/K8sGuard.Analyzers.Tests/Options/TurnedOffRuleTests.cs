using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Options;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Analyzers.Tests.Stubs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Tests.Options;

/// <summary>
/// A rule the project turns off is not judged at all (the driver would drop its diagnostics): read as the compiler reads
/// severities — the file's .editorconfig section, then a .globalconfig, then the compilation's options (NoWarn) — per file.
/// </summary>
public sealed class TurnedOffRuleTests
{
    private const string Pod = """
        using k8s.Models;

        static class Pods
        {
            public static V1PodSpec Create() => new V1PodSpec
            {
                AutomountServiceAccountToken = false,
                Containers = new System.Collections.Generic.List<V1Container> { new V1Container { Name = "app" } },
            };
        }
        """;

    private const string EditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.K8S0202.severity = none

        [/kept/*.cs]
        dotnet_diagnostic.K8S0202.severity = suggestion
        dotnet_diagnostic.K8S0206.severity = warning
        """;

    private const string GlobalConfig = """
        is_global = true
        dotnet_diagnostic.K8S0206.severity = none
        dotnet_diagnostic.K8S0205.severity = none
        """;

    [Fact]
    public async Task TheFileSectionWinsOverTheGlobalConfig_AndEachFileIsReadOnItsOwn()
    {
        var compilation = await CompileAsync();
        var options = new RuleOptions(EmptyProvider.Instance, compilation.Options);
        var (off, kept) = (Tree(compilation, "off"), Tree(compilation, "kept"));

        Assert.True(options.IsTurnedOff(off, "K8S0202"));
        Assert.True(options.IsTurnedOff(off, "K8S0206"));
        Assert.False(options.IsTurnedOff(off, "K8S0203"));
        Assert.False(options.IsTurnedOff(kept, "K8S0202"));
        Assert.False(options.IsTurnedOff(kept, "K8S0206"));
        Assert.True(options.IsTurnedOff(kept, "K8S0205"));

        // Asked again (now from the per-file cache), the same answers.
        Assert.True(options.IsTurnedOff(off, "K8S0202"));
        Assert.False(options.IsTurnedOff(kept, "K8S0202"));
    }

    [Fact]
    public void NoWarn_TurnsARuleOff_AndNoSettingLeavesEveryRuleOn()
    {
        var tree = CSharpSyntaxTree.ParseText(Pod);
        var plain = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        var noWarn = plain.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("K8S0203", ReportDiagnostic.Suppress).Add("K8S0001", ReportDiagnostic.Error));

        Assert.False(new RuleOptions(EmptyProvider.Instance, plain).IsTurnedOff(tree, "K8S0203"));
        Assert.True(new RuleOptions(EmptyProvider.Instance, noWarn).IsTurnedOff(tree, "K8S0203"));
        Assert.False(new RuleOptions(EmptyProvider.Instance, noWarn).IsTurnedOff(tree, "K8S0001"));
    }

    [Fact]
    public async Task TheAnalysis_ReportsTheRulesLeftOn_InEachFile()
    {
        var compilation = await CompileAsync();
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesObjectAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        string[] Ids(string folder) => diagnostics.Where(d => d.Location.SourceTree!.FilePath.Contains("/" + folder + "/")).Select(d => d.Id).Distinct().OrderBy(id => id).ToArray();

        // The container sets neither setting; the pod has no security context (K8S0203/K8S0205, the latter off everywhere).
        Assert.Equal(new[] { "K8S0203" }, Ids("off"));
        Assert.Equal(new[] { "K8S0202", "K8S0203", "K8S0206" }, Ids("kept"));
    }

    private static SyntaxTree Tree(Compilation compilation, string folder) => compilation.SyntaxTrees.Single(t => t.FilePath.Contains("/" + folder + "/"));

    // A project as the IDE and the build make it: documents and analyzer config documents, whose severities the compilation carries.
    private static async Task<Compilation> CompileAsync()
    {
        var references = await TestReferences.NetOnly.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Turned",
            "Turned",
            LanguageNames.CSharp,
            filePath: "/src/Turned.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        project = project
            .AddDocument("Stub.cs", SourceText.From(ClassEraKubernetesClient.Source), filePath: "/src/Stub.cs").Project
            .AddDocument("Pods.cs", SourceText.From(Pod), filePath: "/src/off/Pods.cs").Project
            .AddDocument("Pods.cs", SourceText.From(Pod.Replace("class Pods", "class KeptPods")), filePath: "/src/kept/Pods.cs").Project
            .AddAnalyzerConfigDocument(".editorconfig", SourceText.From(EditorConfig), filePath: "/src/.editorconfig").Project
            .AddAnalyzerConfigDocument("k8s.globalconfig", SourceText.From(GlobalConfig), filePath: "/src/k8s.globalconfig").Project;
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private sealed class EmptyProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyProvider Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}
