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
}
