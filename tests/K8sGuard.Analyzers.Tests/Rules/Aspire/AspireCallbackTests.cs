using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Rules.ServiceAccounts;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.Aspire;

/// <summary>
/// Inside an Aspire app host's callbacks the pod spec, its containers and the environment are objects like any other: the
/// baseline rules judge the constants written there (Aspire's model, its <c>HostPid</c>/<c>HostIpc</c> spelling), name the
/// resource or environment the callback configures, and fix the value where it is written.
/// </summary>
public sealed class AspireCallbackTests
{
    private const string Usings = """
        using System;
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Kubernetes;
        using Aspire.Hosting.Kubernetes.Resources;

        """;

    [Fact]
    public Task HostNamespaces_InAPublishCallback_NameTheResource()
    {
        var v = new RuleVerifier(K8S0102HostNamespaces.Id, onlyThisRule: true);
        return v.AnalyzerAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            var agent = builder.AddContainer("agent", "node-agent");
            agent.PublishAsKubernetesService(r =>
            {
                {|#0:r.Workload!.PodTemplate.Spec.HostNetwork = true|};
                {|#1:r.Workload!.PodTemplate.Spec.HostPid = true|};
                r.Workload!.PodTemplate.Spec.HostIpc = args.Length > 0;
            });
            builder.AddContainer("cache", "redis").PublishAsKubernetesService(r => {|#2:r.Workload!.PodTemplate.Spec.HostIpc = true|});
            builder.Build().Run();
            """,
            Model.Aspire,
            v.Diagnostic().WithLocation(0).WithArguments("Pod spec of Aspire resource 'agent'", "HostNetwork", "network namespace (its interfaces and ports)"),
            v.Diagnostic().WithLocation(1).WithArguments("Pod spec of Aspire resource 'agent'", "HostPid", "process ID namespace (every process on the node)"),
            v.Diagnostic().WithLocation(2).WithArguments("Pod spec of Aspire resource 'cache'", "HostIpc", "IPC namespace (its shared memory and message queues)"));
    }

    [Fact]
    public Task ContainerSettings_InACallbacksLoop_AreJudged()
    {
        var v = new RuleVerifier(K8S0103PrivilegedContainer.Id, onlyThisRule: true);
        return v.AnalyzerAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("agent", "node-agent").PublishAsKubernetesService(r =>
            {
                foreach (var container in r.Workload!.PodTemplate.Spec.Containers)
                {
                    container.SecurityContext = new SecurityContextV1 { {|#0:Privileged = true|}, AllowPrivilegeEscalation = false };
                }
            });
            builder.Build().Run();
            """,
            Model.Aspire,
            v.Diagnostic().WithLocation(0).WithArguments("Container"));
    }

    [Theory]
    [InlineData("hostpath")]
    [InlineData("HostPath")]
    public Task DefaultStorageTypeHostPath_IsAHostPathVolumeForEveryResource(string storage)
    {
        var v = new RuleVerifier(K8S0105HostPathVolume.Id, onlyThisRule: true);
        return v.AnalyzerAsync(Usings + $$"""
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s").WithProperties(env => {|#0:env.DefaultStorageType = "{{storage}}"|});
            builder.AddKubernetesEnvironment("staging").WithProperties(env => env.DefaultStorageType = "pvc");
            builder.AddKubernetesEnvironment("dev").WithProperties(env => env.DefaultStorageType = Environment.GetEnvironmentVariable("STORAGE") ?? "emptyDir");
            builder.Build().Run();
            """,
            Model.Aspire,
            v.Diagnostic(K8S0105HostPathVolume.EnvironmentRule).WithLocation(0).WithArguments("Kubernetes environment 'k8s'", storage));
    }

    [Fact]
    public Task Fix_ReplacesTheValue_WhereTheCallbackWritesIt()
    {
        var v = new RuleVerifier(K8S0102HostNamespaces.Id, onlyThisRule: true);
        return v.CodeFixAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("agent", "node-agent")
                .PublishAsKubernetesService(r => [|r.Workload!.PodTemplate.Spec.HostPid = true|]); // needs the node's processes?
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddContainer("agent", "node-agent")
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.HostPid = false); // needs the node's processes?
            builder.Build().Run();
            """, Model.Aspire);
    }

    [Fact]
    public Task TokenKept_WithNoAccountOfItsOwn_IsTheDefaultAccountsToken_AndTheFixTurnsItOff()
    {
        var v = new RuleVerifier(RuleIdentifiers.PodMountsDefaultServiceAccountToken);
        return v.CodeFixAsync(Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddProject("reporter", "../Reporter/Reporter.csproj")
                .PublishAsKubernetesService(r => [|r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = true|]);
            builder.AddProject("operator", "../Operator/Operator.csproj").PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = true;
                r.Workload!.PodTemplate.Spec.ServiceAccountName = "shop-operator";
            });
            builder.Build().Run();
            """, Usings + """
            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddKubernetesEnvironment("k8s");
            builder.AddProject("reporter", "../Reporter/Reporter.csproj")
                .PublishAsKubernetesService(r => r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false);
            builder.AddProject("operator", "../Operator/Operator.csproj").PublishAsKubernetesService(r =>
            {
                r.Workload!.PodTemplate.Spec.AutomountServiceAccountToken = true;
                r.Workload!.PodTemplate.Spec.ServiceAccountName = "shop-operator";
            });
            builder.Build().Run();
            """, Model.Aspire);
    }
}
