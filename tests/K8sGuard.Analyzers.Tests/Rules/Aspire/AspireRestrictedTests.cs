using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules.Aspire;

/// <summary>
/// The restricted controls on the pods Aspire publishes: Aspire renders one container with no security context, so each
/// "must be set" control fails unless a publish callback writes it; reported on the call that adds the resource, with one
/// fix that writes the missing settings into the resource's callback.
/// </summary>
public sealed class AspireRestrictedTests
{
    private static readonly RuleVerifier V = new(K8S0202PrivilegeEscalation.Id);

    private const string Usings = """
        using System;
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Kubernetes;
        using Aspire.Hosting.Kubernetes.Resources;

        """;

    private static DiagnosticResult[] Unhardened(int location, string resource) => new[]
    {
        V.Diagnostic(K8S0202PrivilegeEscalation.AspireRule).WithLocation(location).WithArguments(resource),
        V.Diagnostic(K8S0203RunAsNonRoot.AspireRule).WithLocation(location).WithArguments(resource),
        V.Diagnostic(K8S0205SeccompProfileUnset.AspireRule).WithLocation(location).WithArguments(resource),
        V.Diagnostic(K8S0206CapabilitiesNotDropped.AspireRule).WithLocation(location).WithArguments(resource),
    };

    private static Task Verify(string source, params DiagnosticResult[] expected)
    {
        var test = V.CreateAnalyzerTest(Usings + source, Model.Aspire);
        test.DisabledDiagnostics.Add("K8S0004");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task AResourceWithoutACallback_FailsEveryMustBeSetControl_AndAHardenedOneNone()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.{|#0:AddContainer|}("cache", "redis");
            builder.AddProject("api", "../Api/Api.csproj").PublishAsKubernetesService(r =>
            {
                var pod = r.Workload!.PodTemplate.Spec;
                pod.SecurityContext = new PodSecurityContextV1 { RunAsNonRoot = true, SeccompProfile = new SeccompProfileV1 { Type = "RuntimeDefault" } };
                foreach (var container in pod.Containers)
                {
                    container.SecurityContext = new SecurityContextV1 { AllowPrivilegeEscalation = false, Capabilities = new CapabilitiesV1 { Drop = { "ALL" } } };
                }
            });
            builder.Build().Run();
            """,
            Unhardened(0, "Resource 'cache'"));

    [Fact]
    public Task EachControl_IsSettledByItsOwnSetting()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.{|#0:AddContainer|}("a", "a").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.SecurityContext = new() { RunAsNonRoot = true });
            builder.{|#1:AddContainer|}("b", "b").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.Containers[0].SecurityContext = new() { SeccompProfile = new() { Type = "Localhost", LocalhostProfile = "b.json" } });
            builder.{|#2:AddContainer|}("c", "c").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.Containers[0].SecurityContext!.Capabilities!.Drop.Add("ALL"));
            builder.Build().Run();
            """,
            V.Diagnostic(K8S0202PrivilegeEscalation.AspireRule).WithLocation(0).WithArguments("Resource 'a'"),
            V.Diagnostic(K8S0205SeccompProfileUnset.AspireRule).WithLocation(0).WithArguments("Resource 'a'"),
            V.Diagnostic(K8S0206CapabilitiesNotDropped.AspireRule).WithLocation(0).WithArguments("Resource 'a'"),
            V.Diagnostic(K8S0202PrivilegeEscalation.AspireRule).WithLocation(1).WithArguments("Resource 'b'"),
            V.Diagnostic(K8S0203RunAsNonRoot.AspireRule).WithLocation(1).WithArguments("Resource 'b'"),
            V.Diagnostic(K8S0206CapabilitiesNotDropped.AspireRule).WithLocation(1).WithArguments("Resource 'b'"),
            V.Diagnostic(K8S0202PrivilegeEscalation.AspireRule).WithLocation(2).WithArguments("Resource 'c'"),
            V.Diagnostic(K8S0203RunAsNonRoot.AspireRule).WithLocation(2).WithArguments("Resource 'c'"),
            V.Diagnostic(K8S0205SeccompProfileUnset.AspireRule).WithLocation(2).WithArguments("Resource 'c'"));

    [Fact]
    public Task APodWhoseOsOrUserNamespaceTheCallbackSets_IsNotJudged_ByTheControlsThatExemptIt()
        => Verify("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("win", "iis").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.Os = new PodOsv1 { Name = "windows" });
            builder.{|#0:AddContainer|}("userns", "app").PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.HostUsers = false);
            builder.Build().Run();
            """,
            V.Diagnostic(K8S0202PrivilegeEscalation.AspireRule).WithLocation(0).WithArguments("Resource 'userns'"),
            V.Diagnostic(K8S0205SeccompProfileUnset.AspireRule).WithLocation(0).WithArguments("Resource 'userns'"),
            V.Diagnostic(K8S0206CapabilitiesNotDropped.AspireRule).WithLocation(0).WithArguments("Resource 'userns'"));

    [Fact]
    public Task ResourcesNotPublished_OrNotRead_AndExemptContainers_AreNotReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("seed", "seed").ExcludeFromManifest();
            Action<IResourceBuilder<ContainerResource>> configure = _ => { };
            configure(builder.AddContainer("plugin", "plugin"));
            builder.AddContainer("istio-proxy", "proxy");
            builder.Build().Run();
            """, Model.Aspire);
        test.DisabledDiagnostics.Add("K8S0004");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.pod_security.exempt_containers = istio-proxy\n"));
        return test.RunAsync();
    }

    private static Task VerifyFix(string source, string fixedSource)
    {
        var test = V.CreateCodeFixTest(Usings + source, Usings + fixedSource, Model.Aspire, EquivalenceKeys.HardenPublishedPod);
        test.DisabledDiagnostics.Add("K8S0004");
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_AppendsACallbackWithEveryMissingSetting_ForEachOfTheFourDiagnostics()
        => VerifyFix("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.{|K8S0202:{|K8S0203:{|K8S0205:{|K8S0206:AddContainer|}|}|}|}("cache", "redis")
                .WithEnvironment("MODE", "k8s");
            builder.Build().Run();
            """, """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis")
                .WithEnvironment("MODE", "k8s")
                .PublishAsKubernetesService(r =>
                {
                    var pod = r.Workload!.PodTemplate.Spec;
                    pod.SecurityContext ??= new();
                    pod.SecurityContext.RunAsNonRoot = true;
                    pod.SecurityContext.SeccompProfile = new() { Type = "RuntimeDefault" };
                    foreach (var container in pod.Containers)
                    {
                        container.SecurityContext ??= new();
                        container.SecurityContext.AllowPrivilegeEscalation = false;
                        container.SecurityContext.Capabilities ??= new();
                        container.SecurityContext.Capabilities.Drop.Add("ALL");
                    }
                });
            builder.Build().Run();
            """);

    [Fact]
    public Task Fix_WritesOnlyWhatIsMissing_IntoTheChainsCallback()
        => VerifyFix("""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.{|K8S0202:{|K8S0206:AddContainer|}|}("cache", "redis").PublishAsKubernetesService(resource => resource.Workload!.PodTemplate.Spec.SecurityContext = new() { RunAsNonRoot = true, SeccompProfile = new() { Type = "RuntimeDefault" } });
            builder.{|K8S0202:{|K8S0203:{|K8S0205:{|K8S0206:AddContainer|}|}|}|}("queue", "rabbitmq").PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false;
            });
            builder.Build().Run();
            """, """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("cache", "redis").PublishAsKubernetesService(resource =>
            {
                resource.Workload!.PodTemplate.Spec.SecurityContext = new() { RunAsNonRoot = true, SeccompProfile = new() { Type = "RuntimeDefault" } };
                var pod = resource.Workload!.PodTemplate.Spec;
                foreach (var container in pod.Containers)
                {
                    container.SecurityContext ??= new();
                    container.SecurityContext.AllowPrivilegeEscalation = false;
                    container.SecurityContext.Capabilities ??= new();
                    container.SecurityContext.Capabilities.Drop.Add("ALL");
                }
            });
            builder.AddContainer("queue", "rabbitmq").PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false;
                var pod = r.Workload!.PodTemplate.Spec;
                pod.SecurityContext ??= new();
                pod.SecurityContext.RunAsNonRoot = true;
                pod.SecurityContext.SeccompProfile = new() { Type = "RuntimeDefault" };
                foreach (var container in pod.Containers)
                {
                    container.SecurityContext ??= new();
                    container.SecurityContext.AllowPrivilegeEscalation = false;
                    container.SecurityContext.Capabilities ??= new();
                    container.SecurityContext.Capabilities.Drop.Add("ALL");
                }
            });
            builder.Build().Run();
            """);
}
