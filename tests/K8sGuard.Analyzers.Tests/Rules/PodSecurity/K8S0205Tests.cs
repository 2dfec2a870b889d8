using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0205: every container's effective seccomp profile type (its own, else the pod's) must be set.</summary>
public sealed class K8S0205Tests
{
    private static readonly RuleVerifier V = new(K8S0205SeccompProfileUnset.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    /// <summary>Pod level × container level (unset, RuntimeDefault, Localhost, Unconfined — K8S0110's —, a variable, a profile without a type).</summary>
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "\"RuntimeDefault\"", false)]
    [InlineData(null, "\"Localhost\"", false)]
    [InlineData(null, "\"Unconfined\"", false)]
    [InlineData(null, "type", false)]
    [InlineData("\"RuntimeDefault\"", null, false)]
    [InlineData("\"Localhost\"", null, false)]
    [InlineData("\"Unconfined\"", null, false)]
    [InlineData("type", null, false)]
    [InlineData("\"RuntimeDefault\"", "\"Unconfined\"", false)]
    [InlineData("", null, true)]
    [InlineData(null, "", true)]
    public Task PodAndContainerPrecedence(string? pod, string? container, bool reported)
    {
        static string Profile(string type) => type.Length == 0 ? "new V1SeccompProfile()" : $"new V1SeccompProfile {{ Type = {type} }}";
        var podContext = pod is null ? string.Empty : $"SecurityContext = new V1PodSecurityContext {{ SeccompProfile = {Profile(pod)} }},";
        var containerContext = container is null ? string.Empty : $"SecurityContext = new V1SecurityContext {{ SeccompProfile = {Profile(container)} }}";
        var test = V.CreateAnalyzerTest(Usings + $$"""
            class C
            {
                V1PodSpec M(string type) => new {|#0:V1PodSpec|}
                {
                    {{podContext}}
                    Containers = [new V1Container { Name = "app", {{containerContext}} }],
                };
            }
            """);
        if (reported)
        {
            test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task WindowsPods_AreExempt() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Windows() => new V1PodSpec { Os = new V1PodOS { Name = "windows" }, Containers = [new V1Container { Name = "iis" }] };

            V1PodSpec Linux() => new {|#0:V1PodSpec|} { Os = new V1PodOS { Name = "linux" }, Containers = [new V1Container { Name = "app" }] };
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));

    [Fact]
    public Task ClassEraAndPulumi() => Task.WhenAll(
        V.AnalyzerAsync("""
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1PodSpec Unset() => new {|#0:V1PodSpec|}(new List<V1Container> { new V1Container("app") });

                V1PodSpec Set() => new V1PodSpec(new List<V1Container> { new V1Container("app") }, securityContext: new V1PodSecurityContext(seccompProfile: new V1SeccompProfile("RuntimeDefault")));
            }
            """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs Unset() => new {|#0:PodSpecArgs|} { Containers = { new ContainerArgs { Name = "web" } } };

                PodSpecArgs OnTheContainer() => new PodSpecArgs
                {
                    Containers = { new ContainerArgs { Name = "web", SecurityContext = new SecurityContextArgs { SeccompProfile = new SeccompProfileArgs { Type = "RuntimeDefault" } } } },
                };
            }
            """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'web'")));

    [Fact]
    public Task Fix_SetsRuntimeDefaultOnThePod_InEveryModel() => Task.WhenAll(
        V.CodeFixAsync(Usings + """
            class C
            {
                V1PodSpec M() => new [|V1PodSpec|] { Containers = [new V1Container { Name = "app" }] };

                V1PodSpec WithContext() => new [|V1PodSpec|]
                {
                    SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true },
                    Containers = [new V1Container { Name = "app" }],
                };
            }
            """, Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec { Containers = [new V1Container { Name = "app" }], SecurityContext = new V1PodSecurityContext { SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } } };

                V1PodSpec WithContext() => new V1PodSpec
                {
                    SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                    Containers = [new V1Container { Name = "app" }],
                };
            }
            """),
        V.CodeFixAsync("""
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1PodSpec M() => new [|V1PodSpec|](new List<V1Container> { new V1Container("app") });
            }
            """, """
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1PodSpec M() => new V1PodSpec(new List<V1Container> { new V1Container("app") }, securityContext: new V1PodSecurityContext(seccompProfile: new V1SeccompProfile(type: "RuntimeDefault")));
            }
            """, Model.ClassEra),
        V.CodeFixAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs M() => new [|PodSpecArgs|] { Containers = { new ContainerArgs { Name = "web" } } };
            }
            """, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs M() => new PodSpecArgs { Containers = { new ContainerArgs { Name = "web" } }, SecurityContext = new PodSecurityContextArgs { SeccompProfile = new SeccompProfileArgs { Type = "RuntimeDefault" } } };
            }
            """, Model.Pulumi));
}
