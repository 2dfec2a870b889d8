using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sGuard.Analyzers.Tests.Stubs;

/// <summary>
/// The Aspire stub (<see cref="AspireHostingKubernetesStub"/>) compiles together with the real Aspire.Hosting
/// package (<see cref="TestReferences.AspireHosting"/>), and app hosts written the way Aspire's documentation and
/// samples write them compile against the pair without errors.
/// </summary>
public class AspireHostingKubernetesStubTests
{
    /// <summary>The typical app host: every core compute resource kind, lambda callbacks, the environment's properties.</summary>
    private const string TypicalAppHost = """
        using Aspire.Hosting;
        using Aspire.Hosting.Kubernetes.Resources;

        var builder = DistributedApplication.CreateBuilder(args);

        builder.AddKubernetesEnvironment("k8s")
            .WithProperties(env => env.DefaultStorageType = "hostpath");

        var edge = builder.AddKubernetesEnvironment("edge")
            .WithProperties(env =>
            {
                env.DefaultImagePullPolicy = "Always";
                env.DefaultServiceType = "NodePort";
            });

        var cache = builder.AddContainer("cache", "redis")
            .WithHttpEndpoint(targetPort: 6379, name: "tcp")
            .PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.HostPid = true;
                r.Workload!.PodTemplate.Spec.HostIpc = true;
                r.Workload!.PodTemplate.Spec.HostNetwork = true;
            });

        var api = builder.AddProject("api", "../Api/Api.csproj")
            .WithHttpEndpoint(port: 8080)
            .WithReference(cache.GetEndpoint("tcp"))
            .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);

        builder.AddDockerfile("web", "../web")
            .WithHttpEndpoint(targetPort: 3000)
            .WithReference(api)
            .PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.SecurityContext = new PodSecurityContextV1 { RunAsNonRoot = true };
                foreach (var c in r.Workload!.PodTemplate.Spec.Containers)
                {
                    c.SecurityContext = new SecurityContextV1 { AllowPrivilegeEscalation = false, Capabilities = new CapabilitiesV1 { Drop = { "ALL" } } };
                }
            });

        builder.AddExecutable("worker", "dotnet", ".", "run", "--project", "../Worker")
            .WithComputeEnvironment(edge)
            .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.ServiceAccountName = "worker");

        builder.Build().Run();
        """;

    /// <summary>A method group as the callback, in an app host with a Program class (no top-level statements).</summary>
    private const string MethodGroupAppHost = """
        using System.Linq;
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Kubernetes;
        using Aspire.Hosting.Kubernetes.Resources;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = DistributedApplication.CreateBuilder(args);
                builder.AddKubernetesEnvironment("k8s");

                IResourceBuilder<ContainerResource> cache = builder.AddContainer("cache", "redis", "7.4");
                cache.PublishAsKubernetesService(Harden);
                builder.AddProject("api", "../Api/Api.csproj").PublishAsKubernetesService(Harden);

                builder.Build().Run();
            }

            static void Harden(KubernetesResource r)
            {
                if (r.Workload is not { } workload)
                {
                    return;
                }

                PodSpecV1 spec = workload.PodTemplate.Spec;
                spec.AutomountServiceAccountToken = false;
                spec.SecurityContext ??= new PodSecurityContextV1();
                spec.SecurityContext.RunAsNonRoot = true;
                spec.SecurityContext.SeccompProfile = new SeccompProfileV1 { Type = "RuntimeDefault" };
                foreach (var container in spec.Containers.Concat(spec.InitContainers))
                {
                    container.SecurityContext = new SecurityContextV1
                    {
                        AllowPrivilegeEscalation = false,
                        ReadOnlyRootFilesystem = true,
                        Capabilities = new CapabilitiesV1 { Drop = { "ALL" } },
                    };
                }
            }
        }
        """;

    /// <summary>Deeper into the model: workload kinds, volumes, ports, probes, lifecycle, pod OS, metadata, the evaluation-only persistent volumes.</summary>
    private const string ModelAppHost = """
        #pragma warning disable ASPIRECOMPUTE002 // persistent volumes are for evaluation only, as in the real package
        using System.Collections.Generic;
        using Aspire.Hosting;
        using Aspire.Hosting.Kubernetes;
        using Aspire.Hosting.Kubernetes.Resources;

        var builder = DistributedApplication.CreateBuilder(args);
        var k8s = builder.AddKubernetesEnvironment("k8s").WithHelm(helm => helm.WithNamespace("apps")).WithDashboard(false);
        var data = k8s.AddPersistentVolume("data").WithCapacity("5Gi").WithAccessMode(PersistentVolumeAccessMode.ReadWriteOnce);

        builder.AddContainer("db", "postgres")
            .WithPersistentVolume(data, "/var/lib/postgresql/data")
            .PublishAsKubernetesService(r =>
            {
                r.AdditionalResources.Add(new ServiceAccountV1 { Metadata = { Name = "db" } });
                if (r.Workload is StatefulSet statefulSet)
                {
                    statefulSet.Spec.Template.Spec.InitContainers.Add(new ContainerV1
                    {
                        Name = "init",
                        Image = "busybox",
                        SecurityContext = new SecurityContextV1 { Privileged = true, RunAsUser = 0, SeLinuxOptions = new SeLinuxOptionsV1 { Type = "spc_t" } },
                    });
                }
                else if (r.Workload is Deployment deployment)
                {
                    deployment.Spec.Replicas = 2;
                    deployment.Metadata.Labels["tier"] = "data";
                }

                PodSpecV1 spec = r.Workload!.PodTemplate.Spec;
                spec.Os = new PodOsv1 { Name = "linux" };
                spec.Volumes.Add(new VolumeV1 { Name = "docker", HostPath = new HostPathVolumeSourceV1 { Path = "/var/run/docker.sock", Type = "Socket" } });
                spec.Volumes.Add(new VolumeV1 { Name = "scratch", EmptyDir = new EmptyDirVolumeSourceV1 { Medium = "Memory" } });
                spec.SecurityContext = new PodSecurityContextV1 { Sysctls = { new SysctlV1 { Name = "net.core.somaxconn", Value = "1024" } }, FsGroup = 2000 };
                spec.EphemeralContainers.Add(new EphemeralContainerV1 { Name = "debug", SecurityContext = new SecurityContextV1 { Capabilities = new CapabilitiesV1 { Add = { "SYS_PTRACE" } } } });
                foreach (ContainerV1 c in spec.Containers)
                {
                    c.Ports.Add(new ContainerPortV1 { ContainerPort = 5432, HostPort = 5432 });
                    c.LivenessProbe = new ProbeV1 { TcpSocket = new TcpSocketActionV1 { Port = 5432 } };
                    c.ReadinessProbe = new ProbeV1 { HttpGet = new HttpGetActionV1 { Path = "/ready", Port = "http" } };
                    c.Lifecycle = new LifecycleV1 { PreStop = new LifecycleHandlerV1 { Exec = new ExecActionV1 { Command = { "sleep", "5" } } } };
                    c.SecurityContext = new SecurityContextV1
                    {
                        WindowsOptions = new WindowsSecurityContextOptionsV1 { HostProcess = false },
                        AppArmorProfile = new AppArmorProfileV1 { Type = "RuntimeDefault" },
                    };
                }
            });

        builder.Build().Run();
        """;

    [Fact]
    public async Task StubCompilesCleanAgainstTheRealPackage()
    {
        var compilation = CSharpCompilation.Create(
            "Stub",
            new[] { StubTree() },
            await TestReferences.AspireHosting.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public async Task TypicalAppHostCompiles() => AssertNoErrors(await CompileAsync(TypicalAppHost));

    [Fact]
    public async Task MethodGroupCallbackCompiles() => AssertNoErrors(await CompileAsync(MethodGroupAppHost));

    [Fact]
    public async Task DeeperModelCompiles() => AssertNoErrors(await CompileAsync(ModelAppHost));

    [Fact]
    public async Task EvaluationOnlyMembersStayEvaluationOnly()
    {
        // Like the real package, the persistent-volume API is [Experimental]: unsuppressed, its use is an error.
        var compilation = await CompileAsync(ModelAppHost.Replace("#pragma warning disable ASPIRECOMPUTE002", "//"));
        var errors = Errors(compilation);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("ASPIRECOMPUTE002", e.Id));
    }

    [Fact]
    public async Task TypesCarryTheRealMetadataNames()
    {
        var compilation = await CompileAsync(TypicalAppHost);
        string[] fromStub =
        {
            "Aspire.Hosting.KubernetesEnvironmentExtensions",
            "Aspire.Hosting.KubernetesServiceExtensions",
            "Aspire.Hosting.Kubernetes.KubernetesEnvironmentResource",
            "Aspire.Hosting.Kubernetes.KubernetesResource",
            "Aspire.Hosting.Kubernetes.Resources.Workload",
            "Aspire.Hosting.Kubernetes.Resources.Deployment",
            "Aspire.Hosting.Kubernetes.Resources.StatefulSet",
            "Aspire.Hosting.Kubernetes.Resources.PodTemplateSpecV1",
            "Aspire.Hosting.Kubernetes.Resources.PodSpecV1",
            "Aspire.Hosting.Kubernetes.Resources.ContainerV1",
            "Aspire.Hosting.Kubernetes.Resources.SecurityContextV1",
            "Aspire.Hosting.Kubernetes.Resources.PodSecurityContextV1",
            "Aspire.Hosting.Kubernetes.Resources.CapabilitiesV1",
            "Aspire.Hosting.Kubernetes.Resources.VolumeV1",
            "Aspire.Hosting.Kubernetes.Resources.HostPathVolumeSourceV1",
            "Aspire.Hosting.Kubernetes.Resources.PodOsv1",
            "Aspire.Hosting.Kubernetes.Resources.ServiceAccountV1",
        };
        foreach (var name in fromStub)
        {
            var type = compilation.GetTypeByMetadataName(name);
            Assert.True(type is not null, $"{name} is missing");
            Assert.True(SymbolEqualityComparer.Default.Equals(compilation.Assembly, type!.ContainingAssembly), $"{name} is not the stub's");
        }

        string[] fromPackage =
        {
            "Aspire.Hosting.ApplicationModel.IComputeResource",
            "Aspire.Hosting.ApplicationModel.IComputeEnvironmentResource",
            "Aspire.Hosting.ApplicationModel.IResourceBuilder`1",
            "Aspire.Hosting.IDistributedApplicationBuilder",
        };
        foreach (var name in fromPackage)
        {
            var type = compilation.GetTypeByMetadataName(name);
            Assert.True(type is not null, $"{name} is missing");
            Assert.Equal("Aspire.Hosting", type!.ContainingAssembly.Name);
        }

        var environment = compilation.GetTypeByMetadataName("Aspire.Hosting.Kubernetes.KubernetesEnvironmentResource")!;
        Assert.Contains(environment.AllInterfaces, i => i.ToDisplayString() == "Aspire.Hosting.ApplicationModel.IComputeEnvironmentResource");
        var publish = compilation.GetTypeByMetadataName("Aspire.Hosting.KubernetesServiceExtensions")!
            .GetMembers("PublishAsKubernetesService").OfType<IMethodSymbol>().Single();
        Assert.Equal("Aspire.Hosting.ApplicationModel.IComputeResource", publish.TypeParameters.Single().ConstraintTypes.Single().ToDisplayString());
    }

    /// <summary>The app host and the stub as one compilation, against the real Aspire.Hosting and its dependencies.</summary>
    private static async Task<CSharpCompilation> CompileAsync(string appHost)
        => CSharpCompilation.Create(
            "AppHost",
            new[] { CSharpSyntaxTree.ParseText(appHost, ParseOptions, path: "AppHost.cs"), StubTree() },
            await TestReferences.AspireHosting.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static SyntaxTree StubTree()
        => CSharpSyntaxTree.ParseText(AspireHostingKubernetesStub.Source, ParseOptions, path: "AspireHostingKubernetesStub.cs");

    private static ImmutableArray<Diagnostic> Errors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    private static void AssertNoErrors(Compilation compilation)
    {
        var errors = Errors(compilation);
        Assert.True(errors.IsEmpty, $"{errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
