using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0203: every container's effective RunAsNonRoot (its own, else the pod's) must be true; false anywhere fails.</summary>
public sealed class K8S0203Tests
{
    private static readonly RuleVerifier V = new(K8S0203RunAsNonRoot.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    /// <summary>
    /// Pod level × container level, each unset, true, false or a variable: unset at both reports the pod spec's creation;
    /// false reports its member at either level (a pod-level false even when the container says true, and then nothing
    /// on the creation); a variable is not known.
    /// </summary>
    [Theory]
    [InlineData(null, null, "creation", false)]
    [InlineData(null, "true", "none", false)]
    [InlineData(null, "false", "none", true)]
    [InlineData(null, "value", "none", false)]
    [InlineData("true", null, "none", false)]
    [InlineData("true", "true", "none", false)]
    [InlineData("true", "false", "none", true)]
    [InlineData("true", "value", "none", false)]
    [InlineData("false", null, "member", false)]
    [InlineData("false", "true", "member", false)]
    [InlineData("false", "false", "member", true)]
    [InlineData("false", "value", "member", false)]
    [InlineData("value", null, "none", false)]
    [InlineData("value", "true", "none", false)]
    [InlineData("value", "false", "none", true)]
    [InlineData("value", "value", "none", false)]
    public Task PodAndContainerPrecedence(string? pod, string? container, string podReport, bool containerReported)
    {
        var podContext = pod is null ? string.Empty
            : podReport == "member" ? $"SecurityContext = new V1PodSecurityContext {{ {{|#1:RunAsNonRoot = {pod}|}} }},"
            : $"SecurityContext = new V1PodSecurityContext {{ RunAsNonRoot = {pod} }},";
        var containerContext = container is null ? string.Empty
            : containerReported ? $"SecurityContext = new V1SecurityContext {{ {{|#2:RunAsNonRoot = {container}|}} }}"
            : $"SecurityContext = new V1SecurityContext {{ RunAsNonRoot = {container} }}";
        var podType = podReport == "creation" ? "{|#0:V1PodSpec|}" : "V1PodSpec";
        var source = Usings + $$"""
            class C
            {
                V1PodSpec M(bool value) => new {{podType}}
                {
                    {{podContext}}
                    Containers = [new V1Container { Name = "app", {{containerContext}} }],
                };
            }
            """;
        var test = V.CreateAnalyzerTest(source);
        if (podReport == "creation")
        {
            test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));
        }

        if (podReport == "member")
        {
            test.ExpectedDiagnostics.Add(V.Diagnostic(K8S0203RunAsNonRoot.ExplicitRule).WithLocation(1).WithArguments("Pod spec"));
        }

        if (containerReported)
        {
            test.ExpectedDiagnostics.Add(V.Diagnostic(K8S0203RunAsNonRoot.ExplicitRule).WithLocation(2).WithArguments("Container 'app'"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task EveryContainerList_CountsAndIsNamed() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Job M() => new V1Job
            {
                Metadata = new V1ObjectMeta { Name = "migrate", NamespaceProperty = "db" },
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new {|#0:V1PodSpec|}
                        {
                            InitContainers = [new V1Container { Name = "wait" }],
                            Containers = [new V1Container { Name = "run", SecurityContext = new() { RunAsNonRoot = true } }],
                            EphemeralContainers = [new V1EphemeralContainer { Name = "debug" }, new V1EphemeralContainer()],
                        },
                    },
                },
            };

            // Only an init container is unset: still reported.
            V1PodSpec InitOnly() => new {|#1:V1PodSpec|}
            {
                InitContainers = [new V1Container { Name = "setup" }],
                Containers = [new V1Container { Name = "app", SecurityContext = new() { RunAsNonRoot = true } }],
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Job 'migrate'", "init container 'wait' and 2 more"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec", "init container 'setup'"));

    [Fact]
    public Task ContainersTheCodeDoesNotShow_AreNotJudged() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec FromParameter(V1Container container) => new V1PodSpec { Containers = [container] };

            V1PodSpec FromCall() => new V1PodSpec { Containers = [Make()] };

            V1PodSpec FromList(List<V1Container> containers) => new V1PodSpec { Containers = containers };

            V1PodSpec ConditionalReplacement(bool debug)
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "app", SecurityContext = new() { RunAsNonRoot = true } }] };
                if (debug)
                {
                    spec.Containers = Others();
                }

                return spec;
            }

            static V1Container Make() => new V1Container { SecurityContext = new() { RunAsNonRoot = true } };
            static List<V1Container> Others() => new();
        }
        """, Model.RecordEra);

    [Fact]
    public Task ContainersAddedLaterAndLocals_AreJudged() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Added()
            {
                var spec = new {|#0:V1PodSpec|} { Containers = new List<V1Container>() };
                spec.Containers.Add(new V1Container { Name = "app" });
                return spec;
            }

            V1PodSpec AddedHardened()
            {
                var app = new V1Container { Name = "app" };
                app.SecurityContext = new V1SecurityContext { RunAsNonRoot = true };
                var spec = new V1PodSpec { Containers = new List<V1Container>() };
                spec.Containers.Add(app);
                return spec;
            }

            V1PodSpec SetLaterOnThePod()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "app" }] };
                spec.SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true };
                return spec;
            }

            V1PodSpec LoopOverThePod()
            {
                var a = new V1Container { Name = "a" };
                var spec = new V1PodSpec { Containers = [a, new V1Container { Name = "b" }] };
                foreach (var c in spec.Containers)
                {
                    c.SecurityContext = new V1SecurityContext { RunAsNonRoot = true };
                }

                return spec;
            }
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));

    [Fact]
    public Task OwnUserNamespace_IsExempt_From135() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec UserNamespace() => new V1PodSpec
            {
                HostUsers = false,
                SecurityContext = new() { RunAsNonRoot = false },
                Containers = [new V1Container { Name = "app" }],
            };
        }
        """, Model.RecordEra);

    [Fact]
    public Task OwnUserNamespace_IsNotExempt_Before135()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec UserNamespace() => new {|#0:V1PodSpec|}
                {
                    HostUsers = false,
                    Containers = [new V1Container { Name = "app" }],
                };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.kubernetes_version = 1.34\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));
        return test.RunAsync();
    }

    [Fact]
    public Task ClassEra_ConstructorArguments() => V.AnalyzerAsync("""
        using System.Collections.Generic;
        using k8s.Models;

        class C
        {
            V1PodSpec Unset() => new {|#0:V1PodSpec|}(new List<V1Container> { new V1Container("app") });

            V1PodSpec OnThePod() => new V1PodSpec(new List<V1Container> { new V1Container("app") }, securityContext: new V1PodSecurityContext(runAsNonRoot: true));

            V1PodSpec Explicit() => new V1PodSpec(new List<V1Container> { new V1Container("app", securityContext: new V1SecurityContext({|#1:runAsNonRoot: false|})) }, securityContext: new V1PodSecurityContext(runAsNonRoot: true));
        }
        """,
        Model.ClassEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"),
        V.Diagnostic(K8S0203RunAsNonRoot.ExplicitRule).WithLocation(1).WithArguments("Container 'app'"));

    [Fact]
    public Task Pulumi_Deployment() => V.AnalyzerAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        class C
        {
            DeploymentArgs Unset() => new DeploymentArgs
            {
                Metadata = new ObjectMetaArgs { Name = "web" },
                Spec = new DeploymentSpecArgs
                {
                    Template = new PodTemplateSpecArgs
                    {
                        Spec = new {|#0:PodSpecArgs|} { Containers = { new ContainerArgs { Name = "web" } } },
                    },
                },
            };

            PodSpecArgs Hardened() => new PodSpecArgs
            {
                SecurityContext = new PodSecurityContextArgs { RunAsNonRoot = true },
                Containers = { new ContainerArgs { Name = "web" } },
            };

            PodSpecArgs Explicit() => new PodSpecArgs
            {
                Containers = { new ContainerArgs { Name = "web", SecurityContext = new SecurityContextArgs { {|#1:RunAsNonRoot = false|} } } },
            };
        }
        """,
        Model.Pulumi,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'web'", "container 'web'"),
        V.Diagnostic(K8S0203RunAsNonRoot.ExplicitRule).WithLocation(1).WithArguments("Container 'web'"));

    [Fact]
    public Task ExemptContainersAndNamespaces()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec MeshOnly() => new V1PodSpec { Containers = [new V1Container { Name = "istio-proxy" }] };

                V1PodSpec MeshAndApp() => new {|#0:V1PodSpec|} { Containers = [new V1Container { Name = "istio-proxy" }, new V1Container { Name = "app" }] };

                V1Deployment System() => new V1Deployment
                {
                    Metadata = new V1ObjectMeta { Name = "dns", NamespaceProperty = "kube-system" },
                    Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "dns" }] } } },
                };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.pod_security.exempt_containers = istio-proxy\nk8sguard.pod_security.exempt_namespaces = kube-system\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "container 'app'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Suppression_WithPragmaAndAttribute() => V.AnalyzerAsync(Usings + """
        class C
        {
        #pragma warning disable K8S0203 // The legacy image needs root; tracked in OPS-12.
            V1PodSpec Legacy() => new V1PodSpec { Containers = [new V1Container { Name = "legacy" }] };
        #pragma warning restore K8S0203

            [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "K8S0203", Justification = "Root by design.")]
            V1PodSpec Agent() => new V1PodSpec { Containers = [new V1Container { Name = "agent" }] };
        }
        """, Model.RecordEra);

    [Fact]
    public Task Fix_SetsRunAsNonRootOnThePod_CreatingTheSecurityContext() => V.CodeFixAsync(Usings + """
        class C
        {
            V1PodSpec NoContext() => new [|V1PodSpec|]
            {
                Containers = [new V1Container { Name = "app" }],
            };

            V1PodSpec WithContext() => new [|V1PodSpec|]
            {
                SecurityContext = new V1PodSecurityContext { RunAsUser = 1000 },
                Containers = [new V1Container { Name = "app" }],
            };
        }
        """, Usings + """
        class C
        {
            V1PodSpec NoContext() => new V1PodSpec
            {
                Containers = [new V1Container { Name = "app" }],
                SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true },
            };

            V1PodSpec WithContext() => new V1PodSpec
            {
                SecurityContext = new V1PodSecurityContext { RunAsUser = 1000, RunAsNonRoot = true },
                Containers = [new V1Container { Name = "app" }],
            };
        }
        """);

    [Fact]
    public Task Fix_ExplicitFalse_BecomesTrue()
    {
        var test = V.CreateCodeFixTest(Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec
                {
                    SecurityContext = new V1PodSecurityContext { {|#0:RunAsNonRoot = false|} },
                    Containers = [new V1Container { Name = "app" }],
                };
            }
            """, Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec
                {
                    SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true },
                    Containers = [new V1Container { Name = "app" }],
                };
            }
            """);
        test.ExpectedDiagnostics.Add(V.Diagnostic(K8S0203RunAsNonRoot.ExplicitRule).WithLocation(0).WithArguments("Pod spec"));
        return test.RunAsync();
    }
}
