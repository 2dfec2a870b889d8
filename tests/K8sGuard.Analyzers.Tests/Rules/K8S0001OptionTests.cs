using System.Threading.Tasks;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary><c>k8sguard.K8S0001.opted_out_service_accounts</c>: accounts managed outside the code.</summary>
public sealed class K8S0001OptionTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Pods = """
        using k8s.Models;

        class C
        {
            V1PodSpec Builder() => new {|#0:V1PodSpec|} { ServiceAccountName = "builder" };
            V1Pod BuilderInProd() => new V1Pod { Metadata = new() { NamespaceProperty = "prod" }, Spec = new {|#1:V1PodSpec|} { ServiceAccountName = "builder" } };
            V1Pod RunnerInCi() => new V1Pod { Metadata = new() { NamespaceProperty = "ci" }, Spec = new {|#2:V1PodSpec|} { ServiceAccountName = "runner" } };
            V1Pod RunnerInProd() => new V1Pod { Metadata = new() { NamespaceProperty = "prod" }, Spec = new {|#3:V1PodSpec|} { ServiceAccountName = "runner" } };
            V1PodSpec RunnerAnywhere() => new {|#4:V1PodSpec|} { ServiceAccountName = "runner" };
            V1PodSpec Default() => new {|#5:V1PodSpec|}();
        }
        """;

    private static async Task VerifyWithOptionAsync(string? optionValue, params int[] reportedLocations)
    {
        var test = V.CreateAnalyzerTest(Pods);
        if (optionValue is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
                root = true

                [*.cs]
                {OptedOutServiceAccounts.OptionKey} = {optionValue}
                """));
        }

        foreach (var location in reportedLocations)
        {
            var kind = location is 1 or 2 or 3 ? "Pod spec of Pod" : "Pod spec";
            test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(location).WithArguments(kind));
        }

        await test.RunAsync();
    }

    [Fact]
    public Task WithoutTheOption_EveryPodIsReported() => VerifyWithOptionAsync(null, 0, 1, 2, 3, 4, 5);

    [Fact]
    public Task NameAndNamespacedEntries_SilenceTheirAccounts()
        // builder: any namespace; ci/runner: only where the namespace is ci or not visible.
        => VerifyWithOptionAsync("builder, ci/runner", 3, 5);

    [Fact]
    public Task DefaultAccount_CanBeDeclaredOptedOut() => VerifyWithOptionAsync("default", 0, 1, 2, 3, 4);

    [Fact]
    public Task EntriesSeparatedByWhitespaceOnly_SilenceTheirAccounts() => VerifyWithOptionAsync("builder   ci/runner", 3, 5);

    [Fact]
    public Task MalformedEntries_AreIgnored() => VerifyWithOptionAsync(" ,, /runner, Builder, build er, a/b/c, ci/, -x, builder; ", 3, 5, 4, 2);

    [Theory]
    [InlineData("", 0)]
    [InlineData("builder", 1)]
    [InlineData("builder,ci/runner", 2)]
    [InlineData("builder ci/runner", 2)]
    [InlineData(" builder ,\tci/runner ,  batch ", 3)]
    [InlineData("builder;ci/runner", 0)] // `;` is no separator (in an .editorconfig it starts a comment)
    [InlineData("Builder, UPPER/x, a/b/c, /x, x/, -x, x-, a_b", 0)]
    [InlineData("my.svc-account, kube-system/node-agent", 2)]
    public void Parse_KeepsOnlyValidKubernetesNames(string value, int count)
        => Assert.Equal(count, OptedOutServiceAccounts.Parse(value).Count);

    [Fact]
    public void Contains_MatchesNameAndNamespace()
    {
        var accounts = OptedOutServiceAccounts.Parse("builder, ci/runner");
        Assert.True(accounts.Contains(new ServiceAccountReference("builder", "anything")));
        Assert.True(accounts.Contains(new ServiceAccountReference("runner", "ci")));
        Assert.True(accounts.Contains(new ServiceAccountReference("runner", null)));
        Assert.False(accounts.Contains(new ServiceAccountReference("runner", "prod")));
        Assert.False(accounts.Contains(new ServiceAccountReference(null, "ci")));
    }
}
