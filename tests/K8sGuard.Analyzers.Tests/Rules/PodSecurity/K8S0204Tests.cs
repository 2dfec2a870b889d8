using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0204: <c>RunAsUser = 0</c> on the pod or a container, unless the pod has its own user namespace (1.35+).</summary>
public sealed class K8S0204Tests
{
    private static readonly RuleVerifier V = new(K8S0204RunAsRootUser.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task PodAndEveryContainerList_AreReported_WithTheirOwners() => V.AnalyzerAsync(Usings + """
        class C
        {
            const long Root = 0;

            V1Deployment M() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1DeploymentSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            SecurityContext = new V1PodSecurityContext { {|#0:RunAsUser = 0|} },
                            InitContainers = [new V1Container { Name = "setup", SecurityContext = new() { {|#1:RunAsUser = Root|} } }],
                            Containers = [new V1Container { Name = "app", SecurityContext = new() { RunAsUser = 10001 } }],
                            EphemeralContainers = [new V1EphemeralContainer { Name = "debug", SecurityContext = new() { {|#2:RunAsUser = 0L|} } }],
                        },
                    },
                },
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'web'"),
        V.Diagnostic().WithLocation(1).WithArguments("Init container 'setup' of Deployment 'web'"),
        V.Diagnostic().WithLocation(2).WithArguments("Ephemeral container 'debug' of Deployment 'web'"));

    [Fact]
    public Task LaterWritesNonConstantsAndOtherUsers() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec Later()
            {
                var spec = new V1PodSpec { SecurityContext = new V1PodSecurityContext() };
                {|#0:spec.SecurityContext.RunAsUser = 0|};
                return spec;
            }

            V1Container Reset()
            {
                var c = new V1Container { Name = "app", SecurityContext = new() { RunAsUser = 0 } };
                c.SecurityContext.RunAsUser = 1000;
                return c;
            }

            V1SecurityContext Configured(long uid) => new() { RunAsUser = uid };
            V1SecurityContext Unset() => new() { RunAsNonRoot = true };
            V1SecurityContext Null() => new() { RunAsUser = null };
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task OwnUserNamespace_IsNotReported_From135() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec UserNamespace() => new V1PodSpec
            {
                HostUsers = false,
                SecurityContext = new() { RunAsUser = 0 },
                Containers = [new V1Container { Name = "app", SecurityContext = new() { RunAsUser = 0 } }],
            };

            V1PodSpec HostUsers() => new V1PodSpec { HostUsers = true, SecurityContext = new() { {|#0:RunAsUser = 0|} } };
        }
        """, Model.RecordEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task OwnUserNamespace_IsReported_Before135()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1PodSpec UserNamespace() => new V1PodSpec { HostUsers = false, SecurityContext = new() { {|#0:RunAsUser = 0|} } };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.pod_security.kubernetes_version = 1.34\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));
        return test.RunAsync();
    }

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync("""
            using k8s.Models;

            class C
            {
                V1SecurityContext Named() => new V1SecurityContext({|#0:runAsUser: 0|});
                V1PodSecurityContext Positional() => new V1PodSecurityContext(null, null, null, null, null, {|#1:0|});
                V1SecurityContext Other() => new V1SecurityContext(runAsUser: 1000);
            }
            """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Container"), V.Diagnostic().WithLocation(1).WithArguments("Pod spec")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stack
            {
                PodSpecArgs Spec() => new PodSpecArgs
                {
                    SecurityContext = new PodSecurityContextArgs { {|#0:RunAsUser = 0|} },
                    Containers = { new ContainerArgs { Name = "app", SecurityContext = new SecurityContextArgs { {|#1:RunAsUser = 0|} } } },
                };
            }
            """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"), V.Diagnostic().WithLocation(1).WithArguments("Container 'app'")));

    [Fact]
    public Task Suppression_WithPragma() => new RuleVerifier(K8S0204RunAsRootUser.Id, onlyThisRule: true).AnalyzerAsync(Usings + """
        class C
        {
        #pragma warning disable K8S0204 // The restore job must own the files it writes.
            V1Container Restore() => new V1Container { Name = "restore", SecurityContext = new() { RunAsUser = 0 } };
        #pragma warning restore K8S0204
        }
        """);

    [Fact]
    public Task ExemptContainer_IsNotReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1Container Mesh() => new V1Container { Name = "istio-init", SecurityContext = new() { RunAsUser = 0 } };
                V1Container App() => new V1Container { Name = "app", SecurityContext = new() { {|#0:RunAsUser = 0|} } };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nk8sguard.pod_security.exempt_containers = istio-init\n"));
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Container 'app'"));
        return test.RunAsync();
    }
}
