using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>References resolved to a root and a path, indexers and array elements included.</summary>
public sealed class RootedPathTests
{
    private static readonly EngineCompilation Code = new("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            private V1PodSpec _spec = new();
            V1Container[] _array = new V1Container[1];

            void M(V1Pod pod, List<V1Pod> pods)
            {
                var a = pod.Spec.Containers[0].SecurityContext;
                var b = pods[1].Spec;
                var c = _array[0].SecurityContext;
                var d = this._spec.SecurityContext;
                var e = Make().Spec;
            }

            V1Pod Make() => new();
        }
        """);

    [Theory]
    [InlineData("pod.Spec.Containers[0].SecurityContext", "pod", "Spec.Containers.[].SecurityContext")]
    [InlineData("pods[1].Spec", "pods", "[].Spec")]
    [InlineData("_array[0].SecurityContext", "_array", "[].SecurityContext")]
    [InlineData("this._spec.SecurityContext", "_spec", "SecurityContext")]
    [InlineData("pod", "pod", "")]
    public void Reference_ResolvesToRootAndPath(string reference, string root, string path)
    {
        Assert.True(RootedPath.TryCreate(Code.Find<IOperation>(reference), out var rooted));
        Assert.Equal(root, rooted.Root.Name);
        Assert.Equal(path, rooted.Path);
    }

    [Fact]
    public void CallResult_HasNoRoot() => Assert.False(RootedPath.TryCreate(Code.Find<IPropertyReferenceOperation>("Make().Spec"), out _));
}
