using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0103: a privileged container, wherever the code writes <c>Privileged = true</c>, and its fix.</summary>
public sealed class K8S0103Tests
{
    private static readonly RuleVerifier V = new(K8S0103PrivilegedContainer.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task EveryContainerList_IsReported_WithTheContainerAndWorkload() => V.AnalyzerAsync(Usings + """
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
                            InitContainers = new List<V1Container> { new V1Container { Name = "setup", SecurityContext = new V1SecurityContext { {|#0:Privileged = true|} } } },
                            Containers = [new() { Name = "app", SecurityContext = new() { {|#1:Privileged = true|} } }],
                            EphemeralContainers = new[] { new V1EphemeralContainer { Name = "debug", SecurityContext = new() { {|#2:Privileged = true|} } } },
                        },
                    },
                },
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Init container 'setup' of Deployment 'web'"),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'app' of Deployment 'web'"),
        V.Diagnostic().WithLocation(2).WithArguments("Ephemeral container 'debug' of Deployment 'web'"));

    [Fact]
    public Task ResetsThatNeverRun_DoNotHideIt_ADefiniteResetDoes() => V.AnalyzerAsync(Usings + """
        class C
        {
            const bool Debug = false;

            V1Container DeadBranch()
            {
                var container = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { {|#0:Privileged = true|} } };
                if (Debug) container.SecurityContext.Privileged = false;
                return container;
            }

            V1Container AfterReturn()
            {
                var container = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { {|#1:Privileged = true|} } };
                return container;
                container.SecurityContext.Privileged = false;
            }

            V1Container UncalledLocalFunction()
            {
                var container = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { {|#2:Privileged = true|} } };
                return container;

                void Harden() => container.SecurityContext.Privileged = false;
            }

            V1Container DefiniteReset()
            {
                var container = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { Privileged = true } };
                container.SecurityContext.Privileged = false;
                return container;
            }
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'app'"),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'app'"),
        V.Diagnostic().WithLocation(2).WithArguments("Container 'app'"));

    [Fact]
    public Task LaterAssignments_AreReported_AndNameTheContainerAndThePodItGoesInto() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Pod M()
            {
                var container = new V1Container { Name = "app", SecurityContext = new V1SecurityContext() };
                {|#0:container.SecurityContext.Privileged = true|};
                var pod = new V1Pod { Metadata = new() { Name = "debug" }, Spec = new V1PodSpec { Containers = [container] } };
                {|#1:pod.Spec.Containers[0].SecurityContext.Privileged = true|};
                return pod;
            }

            void Helper(V1Container c) => {|#2:c.SecurityContext.Privileged = true|};

            V1SecurityContext Shared() => new() { {|#3:Privileged = true|} };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'app' of Pod 'debug'"),
        V.Diagnostic().WithLocation(1).WithArguments("Container of Pod 'debug'"),
        V.Diagnostic().WithLocation(2).WithArguments("Container"),
        V.Diagnostic().WithLocation(3).WithArguments("Container"));

    [Fact]
    public Task FalseUnsetNonConstantAndOverwritten_AreNotReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            const bool Off = false;
            V1SecurityContext False() => new() { Privileged = false };
            V1SecurityContext Const() => new() { Privileged = Off };
            V1SecurityContext Unset() => new() { RunAsNonRoot = true };
            V1SecurityContext Null() => new() { Privileged = null };
            V1SecurityContext Configured(bool debug) => new() { Privileged = debug };
            V1SecurityContext Conditional(bool debug) => new() { Privileged = debug ? true : null };

            V1Container Overwritten()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = true } };
                c.SecurityContext.Privileged = false;
                return c;
            }

            V1Container Replaced()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = true } };
                c.SecurityContext = new V1SecurityContext();
                return c;
            }

            V1SecurityContext WithLater() => new V1SecurityContext { Privileged = true } with { Privileged = false };

            V1Container Hardened()
            {
                var c = new V1Container { SecurityContext = new V1SecurityContext { Privileged = true } };
                Harden(c);
                return c;
            }

            static void Harden(V1Container c) => c.SecurityContext.Privileged = false;
        }

        class LookAlike
        {
            public bool? Privileged { get; set; }
            LookAlike M() => new LookAlike { Privileged = true };
        }
        """);

    [Fact]
    public Task ReturnedByAFactory_JudgedAtItsCallers() => V.AnalyzerAsync(Usings + """
        static class Containers
        {
            public static V1Container Debug(string name) => new V1Container { Name = name, SecurityContext = new V1SecurityContext { {|#0:Privileged = true|} } };

            public static V1Container Tool()
            {
                var c = new V1Container { Name = "tool", SecurityContext = new() { Privileged = true } };
                return c;
            }
        }

        class Operator
        {
            void EveryCallerResets()
            {
                var tool = Containers.Tool();
                tool.SecurityContext.Privileged = false;
            }

            void OneCallerKeepsIt()
            {
                var safe = Containers.Debug("safe");
                safe.SecurityContext.Privileged = false;
                var kept = Containers.Debug("kept");
            }
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Container"));

    [Fact]
    public Task ClassEraAndPulumi_ReturnedByAFactory_JudgedAtItsCallers() => V.AnalyzerAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class Templates
        {
            public static SecurityContextArgs Context() => new SecurityContextArgs { Privileged = true };
            public static SecurityContextArgs Kept() => new SecurityContextArgs { {|#0:Privileged = true|} };
        }

        class Stack
        {
            void Build()
            {
                var context = Templates.Context();
                context.Privileged = false;
                var kept = Templates.Kept();
                kept.RunAsNonRoot = true;
            }
        }
        """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Container"));

    [Fact]
    public Task AHelperResettingEveryContainerInALoop_HidesIt() => V.AnalyzerAsync(Usings + """
        static class Policy
        {
            public static void Unprivileged(V1PodSpec spec)
            {
                foreach (var c in spec.Containers)
                {
                    c.SecurityContext.Privileged = false;
                }
            }
        }

        class C
        {
            V1PodSpec Reset()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "app", SecurityContext = new() { Privileged = true } }] };
                Policy.Unprivileged(spec);
                return spec;
            }

            V1PodSpec Kept()
            {
                var spec = new V1PodSpec { InitContainers = [new V1Container { Name = "init", SecurityContext = new() { {|#0:Privileged = true|} } }] };
                Policy.Unprivileged(spec);
                return spec;
            }
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Init container 'init'"));

    [Fact]
    public Task ConstantsThroughConstAndNameof_AreRead() => V.AnalyzerAsync(Usings + """
        class C
        {
            const bool On = true;
            V1SecurityContext M() => new() { {|#0:Privileged = On|} };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container"));

    [Fact]
    public Task ClassEra_NamedAndPositionalArguments_AreReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Container Named() => new V1Container("app", securityContext: new V1SecurityContext({|#0:privileged: true|}));
            V1SecurityContext Positional() => new V1SecurityContext(null, null, null, {|#1:true|});
            V1SecurityContext Off() => new V1SecurityContext(privileged: false);
            V1PodSpec InPod() => new V1PodSpec(new List<V1Container> { new V1Container("init", securityContext: new V1SecurityContext({|#2:privileged: true|})) });
        }
        """,
        Model.ClassEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'app'"),
        V.Diagnostic().WithLocation(1).WithArguments("Container"),
        V.Diagnostic().WithLocation(2).WithArguments("Container 'init'"));

    [Fact]
    public Task Pulumi_InputConversionsAndInputLists_AreRead() => V.AnalyzerAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        class Stack
        {
            void M()
            {
                _ = new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Metadata = new ObjectMetaArgs { Name = "web" },
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                Containers = { new ContainerArgs { Name = "app", SecurityContext = new SecurityContextArgs { {|#0:Privileged = true|} } } },
                                InitContainers = new[] { new ContainerArgs { Name = "init", SecurityContext = new SecurityContextArgs { Privileged = false } } },
                            },
                        },
                    },
                });
            }
        }
        """,
        Model.Pulumi,
        V.Diagnostic().WithLocation(0).WithArguments("Container 'app' of Deployment 'web'"));

    [Fact]
    public Task Suppression_WithPragmaAndExemptContainer() => new RuleVerifier(K8S0103PrivilegedContainer.Id).AnalyzerAsync(Usings + """
        class C
        {
        #pragma warning disable K8S0103 // the node agent needs it
            V1Container Agent() => new V1Container { Name = "agent", SecurityContext = new() { Privileged = true } };
        #pragma warning restore K8S0103
        }
        """);

    [Fact]
    public async Task ExemptContainersAndNamespaces_AreNotReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1Container Sidecar() => new V1Container { Name = "istio-proxy", SecurityContext = new() { Privileged = true } };
                V1Pod System() => new V1Pod { Metadata = new() { NamespaceProperty = "kube-system" }, Spec = new() { Containers = [new() { Name = "cni", SecurityContext = new() { Privileged = true } }] } };
                V1Container Other() => new V1Container { Name = "app", SecurityContext = new() { {|#0:Privileged = true|} } };

                V1Pod Assembled()
                {
                    var agent = new V1Container { Name = "node", SecurityContext = new() { Privileged = true } };
                    return new V1Pod { Metadata = new() { NamespaceProperty = "kube-system" }, Spec = new() { Containers = [agent] } };
                }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            k8sguard.pod_security.exempt_containers = istio-proxy
            k8sguard.K8S0103.exempt_namespaces = kube-system
            """));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Container 'app'"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_SetsFalse_WhereverTheValueIsWritten() => V.CodeFixAsync(Usings + """
        class C
        {
            V1Container M()
            {
                var c = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { [|Privileged = true|] /* debug */ } };
                var d = new V1Container { SecurityContext = new() };
                [|d.SecurityContext.Privileged = true|];
                return c;
            }
        }
        """, Usings + """
        class C
        {
            V1Container M()
            {
                var c = new V1Container { Name = "app", SecurityContext = new V1SecurityContext { Privileged = false /* debug */ } };
                var d = new V1Container { SecurityContext = new() };
                d.SecurityContext.Privileged = false;
                return c;
            }
        }
        """, Model.RecordEra, "K8S0103.SetFalse");

    [Fact]
    public Task Fix_ClassEraArgument_KeepsTheName() => V.CodeFixAsync(Usings + """
        class C
        {
            V1SecurityContext Named() => new V1SecurityContext([|privileged: true|]);
            V1SecurityContext Positional() => new V1SecurityContext(null, null, null, [|true|]);
        }
        """, Usings + """
        class C
        {
            V1SecurityContext Named() => new V1SecurityContext(privileged: false);
            V1SecurityContext Positional() => new V1SecurityContext(null, null, null, false);
        }
        """, Model.ClassEra, "K8S0103.SetFalse");
}
