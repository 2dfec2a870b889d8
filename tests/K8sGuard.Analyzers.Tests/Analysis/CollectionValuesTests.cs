using System.Linq;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>The elements and entries the code writes in one expression, and when the answer is incomplete.</summary>
public sealed class CollectionValuesTests
{
    private static readonly EngineCompilation Code = new("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            void M(List<string> more)
            {
                var a = new V1Capabilities { Add = new List<string> { "A", "B" } };
                var b = new V1Capabilities { Add = new[] { "C" } };
                var c = new V1Capabilities { Add = ["D", .. more, "E"] };
                var d = new V1Capabilities { Add = more };
                var e = new V1Capabilities { Add = null };
                var m = new V1ObjectMeta { Annotations = new Dictionary<string, string> { ["k1"] = "v1", ["k2"] = "v2" } };
                var n = new V1ObjectMeta { Annotations = new Dictionary<string, string> { { "k3", "v3" } } };
            }
        }
        """);

    [Theory]
    [InlineData("Add = new List<string> { \"A\", \"B\" }", true, "A,B")]
    [InlineData("Add = new[] { \"C\" }", true, "C")]
    [InlineData("Add = [\"D\", .. more, \"E\"]", false, "D,E")]
    [InlineData("Add = more", false, "")]
    [InlineData("Add = null", true, "")]
    public void Elements_OfEachListShape(string assignment, bool complete, string constants)
    {
        var value = Code.Find<ISimpleAssignmentOperation>(assignment).Value;
        var elements = CollectionValues.Elements(value, out var isComplete);
        Assert.Equal(complete, isComplete);
        Assert.Equal(constants, string.Join(",", elements.Select(e => e.WalkDownConversions().ConstantValue.Value)));
    }

    [Theory]
    [InlineData("Annotations = new Dictionary<string, string> { [\"k1\"] = \"v1\", [\"k2\"] = \"v2\" }", "k1=v1,k2=v2")]
    [InlineData("Annotations = new Dictionary<string, string> { { \"k3\", \"v3\" } }", "k3=v3")]
    public void Entries_OfIndexerAndAddInitializers(string assignment, string entries)
    {
        var value = Code.Find<ISimpleAssignmentOperation>(assignment).Value;
        Assert.Equal(entries, string.Join(",", CollectionValues.Entries(value).Select(e => e.Key.ConstantValue.Value + "=" + e.Value.ConstantValue.Value)));
    }
}
