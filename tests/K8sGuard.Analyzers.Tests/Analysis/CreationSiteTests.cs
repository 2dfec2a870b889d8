using System.Linq;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>Where a created object ends up: through initializers, constructor arguments and every kind of collection.</summary>
public sealed class CreationSiteTests
{
    private static readonly EngineCompilation Code = new("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            void M()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "expression" }] };
                var list = new V1PodSpec { InitContainers = new List<V1Container> { new V1Container { Name = "list" } } };
                var array = new V1PodSpec { EphemeralContainers = new[] { new V1EphemeralContainer { Name = "array" } } };
                spec.Containers.Add(new V1Container { Name = "added" });
                var legacy = new V1PodSpec(new List<V1Container> { new V1Container("argument") });
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "deep" }] } } } };
            }
        }
        """);

    [Theory]
    [InlineData("new V1Container { Name = \"expression\" }", "spec", "Containers.[]")]
    [InlineData("new V1Container { Name = \"list\" }", "list", "InitContainers.[]")]
    [InlineData("new V1EphemeralContainer { Name = \"array\" }", "array", "EphemeralContainers.[]")]
    [InlineData("new V1Container { Name = \"added\" }", "spec", "Containers.[]")]
    [InlineData("new V1Container(\"argument\")", "legacy", "Containers.[]")]
    [InlineData("new V1Container { Name = \"deep\" }", "deployment", "Spec.Template.Spec.Containers.[]")]
    public void Container_IsStoredUnderItsPodSpec(string creation, string root, string path)
    {
        var site = CreationSite.Find(Code.Find<IObjectCreationOperation>(creation));
        Assert.NotNull(site.Storage);
        Assert.Equal(root, site.Storage!.Value.Root.Name);
        Assert.Equal(path, site.Storage.Value.Path);
    }

    [Fact]
    public void EnclosingCreations_NameThePropertyThatHoldsEachInnerObject()
    {
        var enclosing = CreationSite.FindEnclosingWithProperties(Code.Find<IObjectCreationOperation>("new V1Container { Name = \"deep\" }"), out var storage);
        Assert.Equal(
            new[] { ("V1PodSpec", "Containers"), ("V1PodTemplateSpec", "Spec"), ("V1DeploymentSpec", "Template"), ("V1Deployment", "Spec") },
            enclosing.Select(e => (e.Creation.Type!.Name, e.Through)).ToArray());
        Assert.Equal("deployment", storage!.Value.Root.Name);
    }
}
