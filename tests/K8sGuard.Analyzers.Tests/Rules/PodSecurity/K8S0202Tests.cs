using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0202: a container's AllowPrivilegeEscalation is not false (unset on the creation, true on the member).</summary>
public sealed class K8S0202Tests
{
    private static readonly RuleVerifier V = new(K8S0202PrivilegeEscalation.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task EveryContainerList_UnsetOnTheCreation_TrueOnTheMember() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Deployment M() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1DeploymentSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            InitContainers = [new {|#0:V1Container|} { Name = "setup" }],
                            Containers =
                            [
                                new V1Container { Name = "app", SecurityContext = new() { AllowPrivilegeEscalation = false } },
                                new V1Container { Name = "sidecar", SecurityContext = new() { {|#1:AllowPrivilegeEscalation = true|} } },
                            ],
                            EphemeralContainers = [new {|#2:V1EphemeralContainer|} { Name = "debug", SecurityContext = new() { RunAsNonRoot = true } }],
                        },
                    },
                },
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Init container 'setup' of Deployment 'web'", ""),
        V.Diagnostic(K8S0202PrivilegeEscalation.ExplicitRule).WithLocation(1).WithArguments("Container 'sidecar' of Deployment 'web'"),
        V.Diagnostic().WithLocation(2).WithArguments("Ephemeral container 'debug' of Deployment 'web'", ""));

    [Fact]
    public Task LaterWritesHelpersAndLoops_FinishTheContainer() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Later()
            {
                var c = new V1Container { Name = "app" };
                c.SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false };
                return new V1PodSpec { Containers = [c] };
            }

            V1PodSpec Loop()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "a" }, new V1Container { Name = "b" }] };
                foreach (var container in spec.Containers)
                {
                    container.SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false };
                }

                return spec;
            }

            V1PodSpec LoopOverLocals()
            {
                var a = new V1Container { Name = "a" };
                var spec = new V1PodSpec { Containers = [a] };
                foreach (var container in spec.Containers)
                {
                    container.SecurityContext ??= new V1SecurityContext();
                    container.SecurityContext.AllowPrivilegeEscalation = false;
                }

                return spec;
            }

            V1PodSpec Helper()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "a" }] };
                Harden(spec);
                return spec;
            }

            static void Harden(V1PodSpec spec)
            {
                foreach (var c in spec.Containers)
                {
                    c.SecurityContext = new() { AllowPrivilegeEscalation = false };
                }
            }

            V1Container Configured(bool allow) => new V1Container { SecurityContext = new() { AllowPrivilegeEscalation = allow } };

            V1Container FromVariable(V1SecurityContext context) => new V1Container { SecurityContext = context };

            V1PodSpec Windows() => new V1PodSpec
            {
                Os = new V1PodOS { Name = "windows" },
                Containers = [new V1Container { Name = "iis", SecurityContext = new() { AllowPrivilegeEscalation = true } }],
            };
        }
        """, Model.RecordEra);

    [Fact]
    public Task ReturnedContainer_NotFinishedByItsCaller() => V.AnalyzerAsync(Usings + """
        class C
        {
            static V1Container App() => new {|#0:V1Container|} { Name = "app" };

            V1PodSpec Pod() => new V1PodSpec { Containers = [App()] };
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Container 'app'", " (returned by C.App to C.Pod, which does not set it)"));

    [Fact]
    public Task ClassEraAndPulumi() => Task.WhenAll(
        V.AnalyzerAsync("""
            using k8s.Models;

            class C
            {
                V1Container Unset() => new {|#0:V1Container|}("app");

                V1Container Set() => new V1Container("app", securityContext: new V1SecurityContext(allowPrivilegeEscalation: false));

                V1Container Explicit() => new V1Container("app", securityContext: new V1SecurityContext({|#1:allowPrivilegeEscalation: true|}));
            }
            """, Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container 'app'", ""),
            V.Diagnostic(K8S0202PrivilegeEscalation.ExplicitRule).WithLocation(1).WithArguments("Container 'app'")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                PodSpecArgs M() => new PodSpecArgs
                {
                    Containers =
                    {
                        new {|#0:ContainerArgs|} { Name = "web" },
                        new ContainerArgs { Name = "ok", SecurityContext = new SecurityContextArgs { AllowPrivilegeEscalation = false } },
                    },
                };
            }
            """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Container 'web'", "")));

    [Fact]
    public Task ExemptContainer_AndSuppression()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec
                {
                    Containers = [new V1Container { Name = "istio-proxy" }, new {|#0:V1Container|} { Name = "app" }],
            #pragma warning disable K8S0202 // The legacy agent needs setuid.
                    InitContainers = [new V1Container { Name = "legacy" }],
            #pragma warning restore K8S0202
                };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.K8S0202.exempt_containers = istio-proxy\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Container 'app'", ""));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_SetsFalse_OnTheContainer_AndReplacesTrue() => Task.WhenAll(
        V.CodeFixAsync(Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec
                {
                    Containers =
                    [
                        new [|V1Container|] { Name = "a" },
                        new [|V1Container|] { Name = "b", SecurityContext = new V1SecurityContext { RunAsNonRoot = true } },
                    ],
                };
            }
            """, Usings + """
            class C
            {
                V1PodSpec M() => new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container { Name = "a", SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false } },
                        new V1Container { Name = "b", SecurityContext = new V1SecurityContext { RunAsNonRoot = true, AllowPrivilegeEscalation = false } },
                    ],
                };
            }
            """),
        FixExplicitAsync());

    private static Task FixExplicitAsync()
    {
        var test = V.CreateCodeFixTest(Usings + """
            class C
            {
                V1Container M() => new V1Container { Name = "a", SecurityContext = new() { {|#0:AllowPrivilegeEscalation = true|} } };
            }
            """, Usings + """
            class C
            {
                V1Container M() => new V1Container { Name = "a", SecurityContext = new() { AllowPrivilegeEscalation = false } };
            }
            """);
        test.ExpectedDiagnostics.Add(V.Diagnostic(K8S0202PrivilegeEscalation.ExplicitRule).WithLocation(0).WithArguments("Container 'a'"));
        return test.RunAsync();
    }
}
