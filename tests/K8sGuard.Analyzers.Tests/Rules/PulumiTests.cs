using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0001, K8S0002 and K8S0003 on Pulumi.Kubernetes stacks (against <see cref="Stubs.PulumiKubernetesStubs"/>).</summary>
public sealed class PulumiTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.Pulumi, expected);

    // ---- K8S0001: reported ----

    [Fact]
    public Task DeploymentShapedLikeThePulumiTemplate_IsReported() => VerifyAsync("""
        class WebStack
        {
            public WebStack()
            {
                var appLabels = new InputMap<string> { { "app", "nginx" } };
                var deployment = new Pulumi.Kubernetes.Apps.V1.Deployment("nginx", new DeploymentArgs
                {
                    Metadata = new ObjectMetaArgs { Name = "nginx", Namespace = "web" },
                    Spec = new DeploymentSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = appLabels },
                        Replicas = 1,
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = appLabels },
                            Spec = new {|#0:PodSpecArgs|}
                            {
                                Containers =
                                {
                                    new ContainerArgs { Name = "nginx", Image = "nginx" },
                                },
                            },
                        },
                    },
                });
            }
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'nginx'"));

    /// <summary>The program of Pulumi's own "kubernetes-csharp" template, as generated.</summary>
    private const string TemplateProgram = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using System.Collections.Generic;

        return await Deployment.RunAsync(() =>
        {
            var appLabels = new InputMap<string>
            {
                { "app", "nginx" },
            };

            var deployment = new Pulumi.Kubernetes.Apps.V1.Deployment("nginx", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Selector = new LabelSelectorArgs
                    {
                        MatchLabels = appLabels,
                    },
                    Replicas = 1,
                    Template = new PodTemplateSpecArgs
                    {
                        Metadata = new ObjectMetaArgs
                        {
                            Labels = appLabels,
                        },
                        Spec = new {|#0:PodSpecArgs|}
                        {
                            Containers =
                            {
                                new ContainerArgs
                                {
                                    Name = "nginx",
                                    Image = "nginx",
                                    Ports =
                                    {
                                        new ContainerPortArgs
                                        {
                                            ContainerPortValue = 80,
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            });

            // export the deployment name
            return new Dictionary<string, object?>
            {
                ["name"] = deployment.Metadata.Apply(m => m.Name),
            };
        });
        """;

    [Fact]
    public async Task PulumisOwnKubernetesTemplate_GetsExactlyOneK8S0001()
    {
        var test = V.CreateAnalyzerTest(TemplateProgram, Model.Pulumi);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment"));
        await test.RunAsync();
    }

    [Fact]
    public async Task PulumisOwnKubernetesTemplate_IsFixedInItsOwnStyle()
    {
        Assert.Contains("                    },\n                },\n            },\n        },\n    });", TemplateProgram, System.StringComparison.Ordinal);
        var test = V.CreateCodeFixTest(
            TemplateProgram.Replace("{|#0:PodSpecArgs|}", "[|PodSpecArgs|]"),
            TemplateProgram.Replace("{|#0:PodSpecArgs|}", "PodSpecArgs").Replace(
                "                    },\n                },\n            },\n        },\n    });",
                "                    },\n                    AutomountServiceAccountToken = false,\n                },\n            },\n        },\n    });"),
            Model.Pulumi,
            EquivalenceKeys.PodSpecDisableAutomount);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public Task NamespaceAliasAndFullyQualifiedNames_AreReported() => V.AnalyzerAsync("""
        using Kubernetes = Pulumi.Kubernetes;

        class Stack
        {
            void Aliased() => new Kubernetes.Apps.V1.Deployment("api", new Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs
            {
                Spec = new Kubernetes.Types.Inputs.Apps.V1.DeploymentSpecArgs
                {
                    Template = new Kubernetes.Types.Inputs.Core.V1.PodTemplateSpecArgs { Spec = new {|#0:Kubernetes.Types.Inputs.Core.V1.PodSpecArgs|}() },
                },
            });

            void Qualified() => new Pulumi.Kubernetes.Core.V1.Pod("debug", new Pulumi.Kubernetes.Types.Inputs.Core.V1.PodArgs
            {
                Spec = new [|global::Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs|] { Containers = new[] { new Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs { Name = "sh", Image = "busybox" } } },
            });
        }
        """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment"));

    [Fact]
    public Task TargetTypedResourceArgs_AreReported() => VerifyAsync("""
        class Stack
        {
            void M() => new Pulumi.Kubernetes.Apps.V1.Deployment("web", new()
            {
                Metadata = new ObjectMetaArgs { Name = "web" },
                Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#0:PodSpecArgs|} { Containers = { new ContainerArgs { Name = "web" } } } } },
            });
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'web'"));

    [Fact]
    public Task EveryWorkloadWithAPodTemplate_IsReported() => VerifyAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Batch.V1;

        class Stack
        {
            void M()
            {
                new Pulumi.Kubernetes.Apps.V1.StatefulSet("db", new StatefulSetArgs { Metadata = new ObjectMetaArgs { Name = "db" }, Spec = new StatefulSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#0:PodSpecArgs|}() } } });
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("agent", new DaemonSetArgs { Metadata = new ObjectMetaArgs { Name = "agent" }, Spec = new DaemonSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#1:PodSpecArgs|}() } } });
                new Pulumi.Kubernetes.Apps.V1.ReplicaSet("rs", new ReplicaSetArgs { Metadata = new ObjectMetaArgs { Name = "rs" }, Spec = new ReplicaSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#2:PodSpecArgs|}() } } });
                new Pulumi.Kubernetes.Batch.V1.Job("migrate", new JobArgs { Metadata = new ObjectMetaArgs { Name = "migrate" }, Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#3:PodSpecArgs|} { RestartPolicy = "Never" } } } });
                new Pulumi.Kubernetes.Batch.V1.CronJob("nightly", new CronJobArgs
                {
                    Metadata = new ObjectMetaArgs { Name = "nightly" },
                    Spec = new CronJobSpecArgs { Schedule = "0 3 * * *", JobTemplate = new JobTemplateSpecArgs { Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#4:PodSpecArgs|}() } } } },
                });
                new Pulumi.Kubernetes.Core.V1.Pod("debug", new PodArgs { Metadata = new ObjectMetaArgs { Name = "debug" }, Spec = new {|#5:PodSpecArgs|}() });
                new Pulumi.Kubernetes.Core.V1.PodTemplate("tpl", new PodTemplateArgs { Template = new PodTemplateSpecArgs { Spec = new {|#6:PodSpecArgs|}() } });
                new Pulumi.Kubernetes.Apps.V1Beta1.Deployment("old", new Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1.DeploymentArgs { Metadata = new ObjectMetaArgs { Name = "old" }, Spec = new Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1.DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#7:PodSpecArgs|}() } } });
            }
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of StatefulSet 'db'"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of DaemonSet 'agent'"),
        V.Diagnostic().WithLocation(2).WithArguments("Pod spec of ReplicaSet 'rs'"),
        V.Diagnostic().WithLocation(3).WithArguments("Pod spec of Job 'migrate'"),
        V.Diagnostic().WithLocation(4).WithArguments("Pod spec of CronJob 'nightly'"),
        V.Diagnostic().WithLocation(5).WithArguments("Pod spec of Pod 'debug'"),
        V.Diagnostic().WithLocation(6).WithArguments("Pod spec of PodTemplate"),
        V.Diagnostic().WithLocation(7).WithArguments("Pod spec of Deployment 'old'"));

    [Fact]
    public Task DerivedPodSpecArgs_IsReported() => VerifyAsync("""
        class HardenedPodSpecArgs : PodSpecArgs { }

        class Stack
        {
            PodSpecArgs M() => new [|HardenedPodSpecArgs|]();
        }
        """);

    // ---- K8S0001: not reported ----

    [Fact]
    public Task AnyAssignment_CountsAsSet() => VerifyAsync("""
        static class Config
        {
            public static bool RequireBoolean(string key) => false;
            public static Output<bool> ApiAccess => Output.Create(false);
        }

        class Stack
        {
            PodSpecArgs Literal() => new PodSpecArgs { AutomountServiceAccountToken = false };
            PodSpecArgs FromConfig() => new PodSpecArgs { AutomountServiceAccountToken = Config.RequireBoolean("apiAccess"), ServiceAccountName = "app" };
            PodSpecArgs FromOutput() => new PodSpecArgs { AutomountServiceAccountToken = Config.ApiAccess, ServiceAccountName = "app" };

            PodSpecArgs Later()
            {
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "app" } } };
                spec.AutomountServiceAccountToken = false;
                return spec;
            }
        }
        """);

    [Fact]
    public Task PatchArgsAndOutputTypes_AreNeverReported() => VerifyAsync("""
        class Stack
        {
            void Patch() => new Pulumi.Kubernetes.Apps.V1.DeploymentPatch("web-patch", new DeploymentPatchArgs
            {
                Spec = new DeploymentSpecPatchArgs { Template = new PodTemplateSpecPatchArgs { Spec = new PodSpecPatchArgs { ServiceAccountName = "web" } } },
            });

            Output<bool> Read(Pulumi.Kubernetes.Core.V1.Pod pod) => pod.Spec.Apply(spec => spec.AutomountServiceAccountToken);
        }
        """);

    [Fact]
    public Task ServiceAccountArgsWithConstantName_SilencesThePod() => VerifyAsync("""
        class Stack
        {
            const string Builder = "builder";

            void M()
            {
                new Pulumi.Kubernetes.Core.V1.ServiceAccount("builder", new ServiceAccountArgs
                {
                    Metadata = new ObjectMetaArgs { Name = Builder, Namespace = "ci" },
                    AutomountServiceAccountToken = false,
                });
                new Pulumi.Kubernetes.Apps.V1.Deployment("ci", new DeploymentArgs
                {
                    Metadata = new ObjectMetaArgs { Namespace = "ci" },
                    Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { ServiceAccountName = Builder } } },
                });
            }
        }
        """);

    [Fact]
    public Task ServiceAccountOutputName_FromALocalOrAField_SilencesThePod() => VerifyAsync("""
        class Stack
        {
            private readonly Pulumi.Kubernetes.Core.V1.ServiceAccount _runner = new("runner", new() { AutomountServiceAccountToken = false });

            void M()
            {
                var builder = new Pulumi.Kubernetes.Core.V1.ServiceAccount("builder", new ServiceAccountArgs { AutomountServiceAccountToken = false });
                var open = new Pulumi.Kubernetes.Core.V1.ServiceAccount("open", new ServiceAccountArgs { AutomountServiceAccountToken = true });

                new Pulumi.Kubernetes.Core.V1.Pod("build", new PodArgs { Spec = new PodSpecArgs { ServiceAccountName = builder.Metadata.Apply(m => m.Name) } });
                new Pulumi.Kubernetes.Core.V1.Pod("run", new PodArgs { Spec = new PodSpecArgs { ServiceAccountName = _runner.Metadata.Apply(m => m.Name) } });
                new Pulumi.Kubernetes.Core.V1.Pod("open", new PodArgs { Spec = new {|#0:PodSpecArgs|} { ServiceAccountName = open.Metadata.Apply(m => m.Name) } });
                new Pulumi.Kubernetes.Core.V1.Pod("other", new PodArgs { Spec = new {|#1:PodSpecArgs|} { ServiceAccountName = builder.Metadata.Apply(m => m.Namespace) } });
            }
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of Pod"));

    // ---- K8S0002 and K8S0003 ----

    [Fact]
    public Task ServiceAccountArgsWithoutTheFlag_IsK8S0002() => VerifyAsync("""
        class Stack
        {
            void M()
            {
                new Pulumi.Kubernetes.Core.V1.ServiceAccount("web", new {|#0:ServiceAccountArgs|} { Metadata = new ObjectMetaArgs { Name = "web" } });
                new Pulumi.Kubernetes.Core.V1.ServiceAccount("api", {|#1:new|}() { Metadata = new ObjectMetaArgs { Name = "api" } });
            }
        }
        """,
        V.Diagnostic("K8S0002").WithLocation(0).WithArguments("ServiceAccount 'web'"),
        V.Diagnostic("K8S0002").WithLocation(1).WithArguments("ServiceAccount 'api'"));

    [Fact]
    public Task TrueOnTheDefaultAccount_IsK8S0003() => VerifyAsync("""
        class Stack
        {
            void M() => new Pulumi.Kubernetes.Apps.V1.Deployment("scraper", new DeploymentArgs
            {
                Metadata = new ObjectMetaArgs { Name = "scraper" },
                Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new {|#0:PodSpecArgs|} { AutomountServiceAccountToken = true } } },
            });
        }
        """, V.Diagnostic("K8S0003").WithLocation(0).WithArguments("Pod spec of Deployment 'scraper'"));

    // ---- code fixes ----

    [Fact]
    public Task Fix_AddsTheFlagInPulumiStyle_AndFixAllCoversTheStack() => V.CodeFixAsync(Usings + """
        class Stack
        {
            void M()
            {
                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new [|PodSpecArgs|]
                            {
                                Containers = { new ContainerArgs { Name = "web", Image = "nginx" } },
                            },
                        },
                    },
                });
                new Pulumi.Kubernetes.Core.V1.Pod("debug", new PodArgs { Spec = new [|PodSpecArgs|]() });
            }
        }
        """, Usings + """
        class Stack
        {
            void M()
            {
                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                Containers = { new ContainerArgs { Name = "web", Image = "nginx" } },
                                AutomountServiceAccountToken = false,
                            },
                        },
                    },
                });
                new Pulumi.Kubernetes.Core.V1.Pod("debug", new PodArgs { Spec = new PodSpecArgs { AutomountServiceAccountToken = false } });
            }
        }
        """, Model.Pulumi, EquivalenceKeys.PodSpecDisableAutomount);

    [Fact]
    public Task Fix_K8S0002AndK8S0003_SetFalse() => new RuleVerifier(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount).CodeFixAsync(Usings + """
        class Stack
        {
            void M() => new Pulumi.Kubernetes.Core.V1.ServiceAccount("web", new [|ServiceAccountArgs|] { Metadata = new ObjectMetaArgs { Name = "web" } });
        }
        """, Usings + """
        class Stack
        {
            void M() => new Pulumi.Kubernetes.Core.V1.ServiceAccount("web", new ServiceAccountArgs { Metadata = new ObjectMetaArgs { Name = "web" }, AutomountServiceAccountToken = false });
        }
        """, Model.Pulumi, EquivalenceKeys.ServiceAccountDisableAutomount);

    [Fact]
    public Task Fix_K8S0003_ReplacesTrue() => new RuleVerifier(RuleIdentifiers.PodMountsDefaultServiceAccountToken).CodeFixAsync(Usings + """
        class Stack
        {
            PodSpecArgs M() => new [|PodSpecArgs|] { AutomountServiceAccountToken = true };
        }
        """, Usings + """
        class Stack
        {
            PodSpecArgs M() => new PodSpecArgs { AutomountServiceAccountToken = false };
        }
        """, Model.Pulumi, EquivalenceKeys.DefaultAccountDisableAutomount);
}
