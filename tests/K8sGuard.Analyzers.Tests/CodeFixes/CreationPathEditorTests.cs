using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Analysis;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Analyzers.Tests.Stubs;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Tests.CodeFixes;

/// <summary>
/// The path editor on its own: setting <c>SecurityContext.AllowPrivilegeEscalation</c> of a container goes down through
/// the objects the code creates and creates the missing ones, typed for each object model.
/// </summary>
public sealed class CreationPathEditorTests
{
    private const string Path = "SecurityContext.AllowPrivilegeEscalation";

    [Theory]
    [InlineData(
        "new V1Container { Name = \"app\" }",
        "new V1Container { Name = \"app\", SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false } }")]
    [InlineData(
        "new V1Container { Name = \"app\", SecurityContext = new V1SecurityContext { Privileged = false } }",
        "new V1Container { Name = \"app\", SecurityContext = new V1SecurityContext { Privileged = false, AllowPrivilegeEscalation = false } }")]
    [InlineData(
        "new V1Container { SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = true } }",
        "new V1Container { SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false } }")]
    [InlineData(
        "new V1Container(\"app\")",
        "new V1Container(\"app\", securityContext: new V1SecurityContext(allowPrivilegeEscalation: false))")]
    [InlineData(
        "new V1Container(\"app\", securityContext: new V1SecurityContext(privileged: false))",
        "new V1Container(\"app\", securityContext: new V1SecurityContext(privileged: false, allowPrivilegeEscalation: false))")]
    public Task ClassEra(string creation, string expected) => AssertEditAsync(ClassEraKubernetesClient.Source, "using k8s.Models;", creation, expected);

    [Theory]
    [InlineData(
        "new ContainerArgs { Name = \"app\" }",
        "new ContainerArgs { Name = \"app\", SecurityContext = new SecurityContextArgs { AllowPrivilegeEscalation = false } }")]
    [InlineData(
        "new ContainerArgs { Name = \"app\", SecurityContext = new SecurityContextArgs { RunAsNonRoot = true } }",
        "new ContainerArgs { Name = \"app\", SecurityContext = new SecurityContextArgs { RunAsNonRoot = true, AllowPrivilegeEscalation = false } }")]
    public Task Pulumi_UnwrapsInput(string creation, string expected)
        => AssertEditAsync(PulumiKubernetesStubs.Source, "using Pulumi.Kubernetes.Types.Inputs.Core.V1;", creation, expected);

    [Theory]
    [InlineData("new V1Container { SecurityContext = context }")]
    [InlineData("new V1Container { SecurityContext = Make() }")]
    public async Task NoEdit_WhereAVariableOrACallHoldsTheObject(string creation)
        => Assert.Null(await EditorAsync(ClassEraKubernetesClient.Source, "using k8s.Models;", creation));

    private static async Task AssertEditAsync(string stub, string usings, string creation, string expected)
    {
        var editor = await EditorAsync(stub, usings, creation);
        Assert.NotNull(editor);
        var text = (await editor!.Set(FixValue.Boolean(false)).GetTextAsync()).ToString();
        Assert.Contains("object M(V1SecurityContext context) => " + expected + ";", text.Replace("SecurityContextArgs context", "V1SecurityContext context"));
    }

    private static async Task<CreationPropertyEditor?> EditorAsync(string stub, string usings, string creation)
    {
        var contextType = stub == PulumiKubernetesStubs.Source ? "SecurityContextArgs" : "V1SecurityContext";
        var source = usings + "\nclass C\n{\n    " + contextType + " Make() => null!;\n    object M(" + contextType + " context) => " + creation + ";\n}\n";
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(EngineReferences.Framework);
        project = project.AddDocument("Stub.cs", stub).Project;
        var document = project.AddDocument("Test.cs", source);
        var compilation = await document.Project.GetCompilationAsync();
        Assert.Empty(compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var start = source.IndexOf(creation, System.StringComparison.Ordinal);
        return await CreationPropertyEditor.CreateAsync(document, new TextSpan(start, 3), Path, "securityContext", FixValue.Boolean(false), CancellationToken.None);
    }
}
