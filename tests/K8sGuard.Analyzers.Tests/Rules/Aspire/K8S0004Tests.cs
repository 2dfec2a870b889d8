using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.ServiceAccounts;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules.Aspire;

/// <summary>
/// K8S0004: an Aspire app host that publishes to Kubernetes, and the compute resources whose builder gets no
/// <c>PublishAsKubernetesService</c> callback setting the pod's token — fluent chains, locals, fields, helpers, method
/// groups, other compute environments, and the fix that writes the callback.
/// </summary>
public sealed class K8S0004Tests
{
    private static readonly RuleVerifier V = new(K8S0004PublishedResourceTokenAutomount.Id, onlyThisRule: true);

    private const string Usings = """
        using System;
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Kubernetes;
        using Aspire.Hosting.Kubernetes.Resources;

        """;

    private static Task Verify(string source, params DiagnosticResult[] expected) => V.AnalyzerAsync(Usings + source, Model.Aspire, expected);

    [Fact]
    public Task ThreeResources_TheTwoWithoutACallbackAreReported_OnTheirMethodName()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.{|#0:AddContainer|}("cache", "redis");
            builder.AddProject("api", "../Api/Api.csproj")
                .WithReference(cache.GetEndpoint("tcp"))
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.{|#1:AddDockerfile|}("worker", "../worker").WaitFor(cache);
            builder.Build().Run();
            """,
            V.Diagnostic().WithLocation(0).WithArguments("Resource 'cache'"),
            V.Diagnostic().WithLocation(1).WithArguments("Resource 'worker'"));

    [Fact]
    public Task WithoutAKubernetesEnvironment_NothingIsPublished_NothingIsReported()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddContainer("cache", "redis");
            builder.AddProject("api", "../Api/Api.csproj");
            builder.Build().Run();
            """);

    [Fact]
    public Task TheEnvironmentAddedInAnotherFile_StillPublishesEveryResource()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            Environments.Add(builder);
            builder.[|AddContainer|]("cache", "redis");
            builder.Build().Run();
            """, Model.Aspire);
        test.TestState.Sources.Add(("Environments.cs", Usings + """
            static class Environments
            {
                public static void Add(IDistributedApplicationBuilder builder) => builder.AddKubernetesEnvironment("k8s");
            }
            """));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = true")]
    [InlineData("r => { r.Workload!.PodTemplate.Spec.HostNetwork = false; r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false; }")]
    [InlineData("r => { var spec = r.Workload!.PodTemplate.Spec; spec.AutomountServiceAccountToken = false; }")]
    [InlineData("r => { if (r.Workload is { } workload) workload.PodTemplate.Spec.AutomountServiceAccountToken = false; }")]
    [InlineData("r => r.Workload!.PodTemplate.Spec = new PodSpecV1 { AutomountServiceAccountToken = false }")]
    [InlineData("delegate (KubernetesResource r) { r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false; }")]
    [InlineData("Harden")]
    [InlineData("r => Helpers.NoToken(r.Workload!.PodTemplate.Spec)")]
    public Task ACallbackThatSetsTheToken_AnyValue_IsEnough(string callback)
        => Verify($$"""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis").PublishAsKubernetesService({{callback}});
            builder.Build().Run();

            static void Harden(KubernetesResource resource) => resource.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false;

            static class Helpers
            {
                public static void NoToken(PodSpecV1 spec) => spec.AutomountServiceAccountToken = false;
            }
            """);

    [Theory]
    [InlineData("r => r.Workload!.PodTemplate.Spec.HostNetwork = false")]
    [InlineData("r => { }")]
    [InlineData("Describe")]
    [InlineData("r => Helpers.Label(r.Workload!.PodTemplate.Spec)")]
    public Task ACallbackThatLeavesTheTokenAlone_IsReported(string callback)
        => Verify($$"""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.[|AddContainer|]("cache", "redis").PublishAsKubernetesService({{callback}});
            builder.Build().Run();

            static void Describe(KubernetesResource resource) => resource.Workload!.PodTemplate.Metadata.Labels["team"] = "shop";

            static class Helpers
            {
                public static void Label(PodSpecV1 spec) => spec.Hostname = "cache";
            }
            """);

    [Fact]
    public Task ACallbackFromADelegateVariable_IsUnknown()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            Action<KubernetesResource> harden = Configuration.Harden();
            builder.AddContainer("cache", "redis").PublishAsKubernetesService(harden);
            builder.Build().Run();

            static class Configuration
            {
                public static Action<KubernetesResource> Harden() => throw new NotImplementedException();
            }
            """);

    [Fact]
    public Task ABuilderInALocal_IsJudgedByEveryUseOfTheLocal()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.AddContainer("cache", "redis");
            var api = builder.[|AddProject|]("api", "../Api/Api.csproj");
            api.WithReference(cache.GetEndpoint("tcp"));
            builder.{|#0:AddProject|}("web", "../Web/Web.csproj").WaitFor(api);
            if (args.Length > 0)
            {
                cache.PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            }

            builder.Build().Run();
            """,
            V.Diagnostic().WithLocation(0).WithArguments("Resource 'web'"));

    [Fact]
    public Task ABuilderInAField_IsJudgedByItsUsesInEveryFile()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            AppHost.Run(args);

            static partial class AppHost
            {
                private static IResourceBuilder<ContainerResource>? _cache;
                private static IResourceBuilder<ProjectResource>? _api;

                public static void Run(string[] args)
                {
                    var builder = DistributedApplication.CreateBuilder(args);
                    builder.AddKubernetesEnvironment("k8s");
                    _cache = builder.AddContainer("cache", "redis");
                    _api = builder.[|AddProject|]("api", "../Api/Api.csproj");
                    Harden();
                    builder.Build().Run();
                }
            }
            """, Model.Aspire);
        test.TestState.Sources.Add(("Hardening.cs", Usings + """
            static partial class AppHost
            {
                private static void Harden()
                {
                    _cache!.PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
                    _api!.WithEnvironment("MODE", "k8s");
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task AnExtensionMethodOfTheProject_IsReadThroughItsParameter()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis").WithoutToken();
            builder.[|AddContainer|]("queue", "rabbitmq").WithTeamLabel();
            builder.AddProject("api", "../Api/Api.csproj").WithTeamLabel().WithoutToken();
            builder.Build().Run();

            static class Hardening
            {
                public static IResourceBuilder<T> WithoutToken<T>(this IResourceBuilder<T> resource)
                    where T : IComputeResource
                    => resource.PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);

                public static IResourceBuilder<T> WithTeamLabel<T>(this IResourceBuilder<T> resource)
                    where T : IResource
                {
                    resource.WithAnnotation(new ResourceRelationshipAnnotation(resource.Resource, "team"));
                    return resource;
                }
            }
            """);

    [Fact]
    public Task AHelperTheBuilderIsPassedTo_IsRead()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.AddContainer("cache", "redis");
            Harden(cache);
            var queue = builder.[|AddContainer|]("queue", "rabbitmq");
            Describe(queue);
            builder.Build().Run();

            static void Harden(IResourceBuilder<ContainerResource> resource)
                => resource.PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);

            static void Describe(IResourceBuilder<ContainerResource> resource) => Console.WriteLine(resource.Resource.Name);
            """);

    [Fact]
    public Task ABuilderHandedToCodeTheAnalyzerCannotRead_IsUnknown()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            Action<IResourceBuilder<ContainerResource>> configure = Configuration.Load();
            configure(builder.AddContainer("cache", "redis"));
            Configuration.Register(builder.AddContainer("queue", "rabbitmq"));
            builder.Build().Run();

            static class Configuration
            {
                public static Action<IResourceBuilder<ContainerResource>> Load() => throw new NotImplementedException();

                public static void Register(object resource) => Registry.Add(resource);
            }

            static class Registry
            {
                public static System.Collections.Generic.List<object> Items { get; } = new();

                public static void Add(object item) => Items.Add(item);
            }
            """);

    [Fact]
    public Task ABuilderReturnedToCallers_IsUnknown()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            Resources.Cache(builder);
            builder.Build().Run();

            static class Resources
            {
                public static IResourceBuilder<ContainerResource> Cache(IDistributedApplicationBuilder builder) => builder.AddContainer("cache", "redis");
            }
            """);

    [Fact]
    public Task AResourceSentToAnotherComputeEnvironment_OrLeftOutOfTheManifests_IsNotPublished()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            var k8s = builder.AddKubernetesEnvironment("k8s");
            var compose = builder.AddResource(new ComposeEnvironment("compose"));
            builder.AddContainer("cache", "redis").WithComputeEnvironment(compose);
            builder.AddContainer("seed", "seed").ExcludeFromManifest();
            builder.[|AddContainer|]("queue", "rabbitmq").WithComputeEnvironment(k8s);
            builder.Build().Run();

            sealed class ComposeEnvironment(string name) : Resource(name), IComputeEnvironmentResource;
            """);

    [Fact]
    public Task ResourcesThatAreNotComputeResources_AreNotReported()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var password = builder.AddParameter("password", secret: true);
            builder.AddConnectionString("db");
            builder.[|AddContainer|]("cache", "redis").WithEnvironment("PASSWORD", password);
            builder.Build().Run();
            """);

    [Fact]
    public Task AResourceNameThatIsNotAConstant_IsNamedGenerically()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            foreach (var name in new[] { "a", "b" })
            {
                builder.{|#0:AddContainer|}(name, "worker");
            }

            builder.Build().Run();
            """,
            V.Diagnostic().WithLocation(0).WithArguments("Resource"));

    [Fact]
    public Task Pragma_AndSuppressMessage_Suppress()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            #pragma warning disable K8S0004 // The operator calls the API with the namespace's default account.
            builder.AddContainer("operator", "shop-operator");
            #pragma warning restore K8S0004
            Extra.Add(builder);
            builder.Build().Run();

            static class Extra
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "K8S0004", Justification = "Reads the API.")]
                public static void Add(IDistributedApplicationBuilder builder) => builder.AddContainer("watcher", "watcher");
            }
            """);

    [Fact]
    public Task Fix_AppendsTheCallback_ToASingleLineChain()
        => V.CodeFixAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.[|AddContainer|]("cache", "redis").WithEnvironment("MODE", "k8s");
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis").WithEnvironment("MODE", "k8s").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.Build().Run();
            """, Model.Aspire, EquivalenceKeys.PublishWithoutToken);

    [Fact]
    public Task Fix_PutsTheCallOnItsOwnLine_InAChainOfOneCallPerLine_BeforeACallThatEndsTheBuilder()
        => V.CodeFixAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var endpoint = builder.[|AddProject|]("api", "../Api/Api.csproj")
                .WithHttpEndpoint(port: 8080) // the public port
                .WithEnvironment("MODE", "k8s")
                .GetEndpoint("http");
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var endpoint = builder.AddProject("api", "../Api/Api.csproj")
                .WithHttpEndpoint(port: 8080) // the public port
                .WithEnvironment("MODE", "k8s")
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false)
                .GetEndpoint("http");
            builder.Build().Run();
            """, Model.Aspire, EquivalenceKeys.PublishWithoutToken);

    [Fact]
    public Task Fix_AddsTheAssignment_ToTheChainsCallback()
        => V.CodeFixAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.[|AddContainer|]("cache", "redis")
                .PublishAsKubernetesService(resource => resource.Workload!.PodTemplate.Spec.HostNetwork = false);
            builder.[|AddContainer|]("queue", "rabbitmq")
                .PublishAsKubernetesService(r =>
                {
                    r.Workload!.PodTemplate.Spec.HostNetwork = false;
                });
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis")
                .PublishAsKubernetesService(resource => { resource.Workload!.PodTemplate.Spec.HostNetwork = false; resource.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false; });
            builder.AddContainer("queue", "rabbitmq")
                .PublishAsKubernetesService(r =>
                {
                    r.Workload!.PodTemplate.Spec.HostNetwork = false;
                    r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false;
                });
            builder.Build().Run();
            """, Model.Aspire, EquivalenceKeys.PublishWithoutToken);

    [Fact]
    public Task Fix_NamesTheParameterApart_FromALocalCalledR()
        => V.CodeFixAsync(Usings + """
            var r = DistributedApplication.CreateBuilder(args);
            r.AddKubernetesEnvironment("k8s");
            r.[|AddContainer|]("cache", "redis");
            r.Build().Run();
            """, Usings + """
            var r = DistributedApplication.CreateBuilder(args);
            r.AddKubernetesEnvironment("k8s");
            r.AddContainer("cache", "redis").PublishAsKubernetesService(resource => resource.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            r.Build().Run();
            """, Model.Aspire, EquivalenceKeys.PublishWithoutToken);

    [Fact]
    public Task FixAll_WritesEveryResourcesCallback_InOneAppHost()
    {
        var test = V.CreateCodeFixTest(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.[|AddContainer|]("cache", "redis");
            var api = builder.[|AddProject|]("api", "../Api/Api.csproj")
                .WithReference(cache.GetEndpoint("tcp"));
            builder.[|AddProject|]("web", "../Web/Web.csproj")
                .WithReference(api)
                .WaitFor(builder.[|AddContainer|]("seed", "seed"));
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.AddContainer("cache", "redis").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            var api = builder.AddProject("api", "../Api/Api.csproj")
                .WithReference(cache.GetEndpoint("tcp"))
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.AddProject("web", "../Web/Web.csproj")
                .WithReference(api)
                .WaitFor(builder.AddContainer("seed", "seed").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false))
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.Build().Run();
            """, Model.Aspire, EquivalenceKeys.PublishWithoutToken);
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    // The shape of Aspire's starter template: generated project metadata, references, waits, external endpoints.
    [Fact]
    public Task TheStarterTemplate_ReportsOnTheGenericProjectCallsName()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var cache = builder.{|#0:AddContainer|}("cache", "redis").WithEndpoint(targetPort: 6379, name: "tcp");
            var apiService = builder.{|#1:AddProject<Projects.ApiService>|}("apiservice")
                .WithHttpHealthCheck("/health");
            builder.{|#2:AddProject|}<Projects.Web>("webfrontend")
                .WithExternalHttpEndpoints()
                .WithHttpHealthCheck("/health")
                .WithReference(cache.GetEndpoint("tcp"))
                .WithReference(apiService)
                .WaitFor(apiService);
            builder.Build().Run();

            namespace Projects
            {
                public sealed class ApiService : IProjectMetadata
                {
                    public string ProjectPath => "../ApiService/ApiService.csproj";
                }

                public sealed class Web : IProjectMetadata
                {
                    public string ProjectPath => "../Web/Web.csproj";
                }
            }
            """,
            V.Diagnostic().WithLocation(0).WithArguments("Resource 'cache'"),
            V.Diagnostic().WithSpan(9, 26, 9, 36).WithArguments("Resource 'apiservice'"),
            V.Diagnostic().WithLocation(2).WithArguments("Resource 'webfrontend'"));

    // An integration-style extension of the project (`builder.AddShopQueue()`): the call that adds it is judged where the
    // app host makes it; inside, the builder is returned to that caller.
    [Fact]
    public Task AnAddingExtensionOfTheProject_IsJudgedAtItsCallSites()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.{|#0:AddShopQueue|}("orders");
            builder.AddShopQueue("payments").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.Build().Run();

            static class ShopResources
            {
                public static IResourceBuilder<ContainerResource> AddShopQueue(this IDistributedApplicationBuilder builder, string name)
                    => builder.AddContainer(name, "rabbitmq").WithEnvironment("QUEUE", name);
            }
            """,
            V.Diagnostic().WithLocation(0).WithArguments("Resource 'orders'"));
}
