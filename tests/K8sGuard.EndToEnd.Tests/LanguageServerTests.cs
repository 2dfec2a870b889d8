using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// The IDE experience in a real editor engine: csharp-ls (a Roslyn-based language server, installed as a local dotnet
/// tool from .config/dotnet-tools.json) loads a consumer project that references the packed nupkg, reports K8S0001
/// through LSP pull diagnostics with the right range and severity, and drops it after an edit sets the flag.
/// (csharp-ls offers code fixes only from Roslyn's built-in providers; K8sGuard's fixes are proven by `dotnet format`
/// and the code-fix tests.)
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LanguageServerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private const string Source = """
        using k8s.Models;

        Console.WriteLine(Workloads.Web());

        static class Workloads
        {
            public static V1PodSpec Web() => new V1PodSpec { Containers = [] };
        }
        """;

    private readonly PackedPackageFixture _package;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public LanguageServerTests(PackedPackageFixture package, Xunit.Abstractions.ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void CSharpLs_ReportsK8S0001_AndClearsItAfterTheEdit()
    {
        var restoreTool = DotNetCli.Run(_package.RepositoryRoot, "tool", "restore");
        Assert.True(restoreTool.ExitCode == 0, "csharp-ls could not be installed: " + restoreTool);

        var consumer = ConsumerProject.Create(_package, "lsp", new Dictionary<string, string> { ["Program.cs"] = Source });
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var settings = new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };
        var documentUri = new Uri(System.IO.Path.Combine(consumer.Directory, "Program.cs")).AbsoluteUri;
        using var server = new LspClient(_package.RepositoryRoot, settings, "dotnet", "tool", "run", "csharp-ls");

        var initialize = server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(consumer.Directory).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["diagnostic"] = new JsonObject() },
                ["workspace"] = new JsonObject { ["configuration"] = true },
            },
            ["initializationOptions"] = settings.DeepClone(),
        });
        var capabilities = server.WaitForResponse(initialize, Timeout)["result"]?["capabilities"];
        Assert.True(capabilities?["diagnosticProvider"] is not null, "the server offers no pull diagnostics:\n" + server.Transcript);
        server.Notify("initialized", new JsonObject());
        server.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = settings.DeepClone() });
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Source },
        });

        var reported = PollDiagnostics(server, documentUri, items => items.Any(IsK8S0001));
        var k8s0001 = Assert.Single(reported, IsK8S0001);
        _output.WriteLine("before the edit: " + k8s0001!.ToJsonString());
        Assert.Equal(2, k8s0001!["severity"]!.GetValue<int>()); // Warning
        Assert.Equal(6, k8s0001["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(41, k8s0001["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal(50, k8s0001["range"]!["end"]!["character"]!.GetValue<int>());

        // The edit sets the flag, and declares an unused local: its CS0168 proves the server analysed the new text
        // (an empty answer from a server still busy would otherwise pass for "K8S0001 is gone").
        var hardened = Source
            .Replace("new V1PodSpec { Containers = [] }", "new V1PodSpec { Containers = [], AutomountServiceAccountToken = false }", StringComparison.Ordinal)
            .Replace("Console.WriteLine(Workloads.Web());", "Console.WriteLine(Workloads.Web());\nint unusedLocal;", StringComparison.Ordinal);
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = hardened }),
        });
        var afterEdit = PollDiagnostics(server, documentUri, items => items.Any(i => i?["code"]?.ToString() == "CS0168"));
        Assert.DoesNotContain(afterEdit, IsK8S0001);
        _output.WriteLine("after the edit: " + string.Join(", ", afterEdit.Select(i => i?["code"]?.ToString())));

        server.WaitForResponse(server.Request("shutdown", null), TimeSpan.FromSeconds(30));
        server.Notify("exit", null);
    }

    private static bool IsK8S0001(JsonNode? item) => item?["code"]?.ToString() == "K8S0001";

    // Pull diagnostics until the condition holds: the server loads and analyses the project in the background.
    private static List<JsonNode?> PollDiagnostics(LspClient server, string documentUri, Func<List<JsonNode?>, bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var items = new List<JsonNode?>();
        while (DateTime.UtcNow < deadline)
        {
            var id = server.Request("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = documentUri } });
            var response = server.WaitForResponse(id, Timeout);
            items = response["result"]?["items"]?.AsArray().ToList() ?? new List<JsonNode?>();
            if (condition(items))
            {
                return items;
            }

            Thread.Sleep(TimeSpan.FromSeconds(2));
        }

        throw new TimeoutException("the expected diagnostics never came:\n" + string.Join("\n", items.Select(i => i?.ToJsonString())) + "\n" + server.Transcript);
    }
}
