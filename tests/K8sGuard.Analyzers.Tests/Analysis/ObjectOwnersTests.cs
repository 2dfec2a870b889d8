using System.Threading;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>The container, pod spec and workload around a written object, as messages and exemptions see them.</summary>
public sealed class ObjectOwnersTests
{
    private static readonly EngineCompilation Code = new("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            V1Deployment Inline() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                Spec = new V1DeploymentSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            InitContainers = [new V1Container { Name = "setup", SecurityContext = new V1SecurityContext { Privileged = true } }],
                            SecurityContext = new V1PodSecurityContext { SeccompProfile = new V1SeccompProfile { Type = "Unconfined" } },
                        },
                    },
                },
            };

            V1Pod Reference()
            {
                var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "debug" }, Spec = new V1PodSpec() };
                pod.Spec.Containers[0].SecurityContext.Privileged = false;
                return pod;
            }

            void Local()
            {
                var container = new V1Container { Name = "app" };
                container.SecurityContext.ProcMount = "Unmasked";
            }

            V1Pod Added()
            {
                var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "added" }, Spec = new V1PodSpec { Containers = new List<V1Container>() } };
                pod.Spec.InitContainers.Add(new V1Container { Name = "late", SecurityContext = new V1SecurityContext { Privileged = 2 > 1 } });
                return pod;
            }

            V1Deployment Assembled()
            {
                var collector = new V1Container { Name = "collector", SecurityContext = new V1SecurityContext { Privileged = 1 > 0 } };
                var spec = new V1PodSpec { InitContainers = [collector] };
                return new V1Deployment { Metadata = new V1ObjectMeta { Name = "logs", NamespaceProperty = "kube-system" }, Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = spec } } };
            }
        }
        """);

    [Fact]
    public void InlineInitContainer_NamesItsListAndWorkload()
    {
        var owners = Find("Privileged = true", new KubernetesField(KubernetesObjectKind.SecurityContext, "privileged"));
        Assert.True(owners.IsContainerLevel);
        Assert.Equal("setup", owners.ContainerName);
        Assert.Equal("InitContainers", owners.ContainerList);
        Assert.NotNull(owners.PodSpec);
        Assert.Equal("shop", owners.Workload!.Value.Namespace);
        Assert.Equal("Init container 'setup' of Deployment 'web'", owners.Describe());
    }

    [Fact]
    public void PodSecurityContext_IsPodLevel()
        => Assert.Equal("Pod spec of Deployment 'web'", Find("Type = \"Unconfined\"", new KubernetesField(KubernetesObjectKind.SeccompProfile, "type")).Describe());

    [Fact]
    public void ReferenceThroughAnIndexer_NamesThePodItsLocalWasDeclaredWith()
    {
        var owners = Find("pod.Spec.Containers[0].SecurityContext.Privileged = false", new KubernetesField(KubernetesObjectKind.SecurityContext, "privileged"));
        Assert.True(owners.IsContainerLevel);
        Assert.Null(owners.ContainerName);
        Assert.Equal("Containers", owners.ContainerList);
        Assert.NotNull(owners.PodSpec);
        Assert.Equal("Container of Pod 'debug'", owners.Describe());
    }

    [Fact]
    public void ReferenceThroughALocal_NamesTheContainer()
        => Assert.Equal("Container 'app'", Find("container.SecurityContext.ProcMount = \"Unmasked\"", new KubernetesField(KubernetesObjectKind.SecurityContext, "procMount")).Describe());

    [Fact]
    public void ContainerKeptInALocal_IsFollowedToItsPodAndWorkload()
    {
        var owners = Find("Privileged = 1 > 0", new KubernetesField(KubernetesObjectKind.SecurityContext, "privileged"));
        Assert.Equal("InitContainers", owners.ContainerList);
        Assert.NotNull(owners.PodSpec);
        Assert.Equal("kube-system", owners.Workload!.Value.Namespace);
        Assert.Equal("Init container 'collector' of Deployment 'logs'", owners.Describe());
    }

    [Fact]
    public void ContainerAddedToAListOfALocal_NamesThePodTheLocalWasDeclaredWith()
    {
        var owners = Find("Privileged = 2 > 1", new KubernetesField(KubernetesObjectKind.SecurityContext, "privileged"));
        Assert.Equal("InitContainers", owners.ContainerList);
        Assert.NotNull(owners.PodSpec);
        Assert.Equal("Init container 'late' of Pod 'added'", owners.Describe());
    }

    private static ObjectOwners Find(string write, KubernetesField field)
        => ObjectOwners.Find(Code.Write(write, field), Code.Kubernetes, CancellationToken.None);
}
