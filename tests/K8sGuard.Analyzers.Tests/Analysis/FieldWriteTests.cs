using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;

namespace K8sGuard.Analyzers.Tests.Analysis;

/// <summary>
/// When a write is the value the object ends with: later statements, parents, aliases and helpers (the class-era stub has
/// no records; <c>with</c> is covered by the rule tests on the real package).
/// </summary>
public sealed class FieldWriteTests
{
    private static readonly EngineCompilation Code = new("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            V1Container Same()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = true } };
                c.SecurityContext.Privileged = true;
                return c;
            }

            V1Container Other()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = !false } };
                c.SecurityContext.Privileged = false;
                return c;
            }

            V1PodSpec ThroughTheParent()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { SecurityContext = new V1SecurityContext { Privileged = 1 > 0 } }] };
                spec.Containers[0].SecurityContext.Privileged = null;
                return spec;
            }

            V1Container ReplacedParent()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = 2 > 1 } };
                c.SecurityContext = new V1SecurityContext();
                return c;
            }

            V1Container Alias()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = 3 > 2 } };
                var same = c;
                same.SecurityContext.Privileged = false;
                return c;
            }

            V1Container Helper()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = 4 > 3 } };
                Harden(c);
                return c;
            }

            static void Harden(V1Container container) => container.SecurityContext.Privileged = false;

            V1SecurityContext Statement(V1SecurityContext context)
            {
                context.Privileged = 6 > 5;
                context.Privileged = false;
                return context;
            }

            V1SecurityContext LastStatement(V1SecurityContext context)
            {
                context.Privileged = 7 > 6;
                return context;
            }
        }
        """);

    [Theory]
    [InlineData("Privileged = true", true)]
    [InlineData("Privileged = !false", false)]
    [InlineData("Privileged = 1 > 0", false)]
    [InlineData("Privileged = 2 > 1", false)]
    [InlineData("Privileged = 3 > 2", false)]
    [InlineData("Privileged = 4 > 3", false)]
    [InlineData("context.Privileged = 6 > 5", false)]
    [InlineData("context.Privileged = 7 > 6", true)]
    public void IsFinal_UnlessSomethingLaterWritesAnotherValue(string write, bool isFinal)
    {
        var written = Code.Write(write, new KubernetesField(KubernetesObjectKind.SecurityContext, "privileged"));
        Assert.Equal(true, written.Constant);
        Assert.Equal(isFinal, written.IsFinal);
    }
}
