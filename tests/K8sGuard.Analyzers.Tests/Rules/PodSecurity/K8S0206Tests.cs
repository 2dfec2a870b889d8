using System.Threading.Tasks;
using K8sGuard.Analyzers.Rules.PodSecurity;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0206: each container drops ALL and adds nothing but NET_BIND_SERVICE.</summary>
public sealed class K8S0206Tests
{
    private static readonly RuleVerifier V = new(K8S0206CapabilitiesNotDropped.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task DropAndAdd_EveryShape() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec M(List<string> configured) => new V1PodSpec
            {
                InitContainers = [new {|#0:V1Container|} { Name = "setup" }],
                Containers =
                [
                    new V1Container { Name = "ok", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] } } },
                    new {|#1:V1Container|} { Name = "raw", SecurityContext = new() { Capabilities = new() { Drop = new List<string> { "NET_RAW" } } } },
                    new V1Container { Name = "adds", SecurityContext = new() { Capabilities = new() { Drop = new[] { "ALL" }, Add = [{|#2:"CHOWN"|}, "SYS_ADMIN"] } } },
                    new V1Container { Name = "configured", SecurityContext = new() { Capabilities = new() { Drop = configured } } },
                    new {|#3:V1Container|} { Name = "empty", SecurityContext = new() { Capabilities = new() { Drop = [] } } },
                ],
                EphemeralContainers = [new {|#4:V1EphemeralContainer|} { Name = "debug", SecurityContext = new() { Privileged = false } }],
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Init container 'setup'", ""),
        V.Diagnostic().WithLocation(1).WithArguments("Container 'raw'", ""),
        V.Diagnostic(K8S0206CapabilitiesNotDropped.ExplicitRule).WithLocation(2).WithArguments("Container 'adds'", "CHOWN"),
        V.Diagnostic().WithLocation(3).WithArguments("Container 'empty'", ""),
        V.Diagnostic().WithLocation(4).WithArguments("Ephemeral container 'debug'", ""));

    [Fact]
    public Task LaterWrites_AddsAndWindows() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Container AddedLater()
            {
                var c = new V1Container { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = new List<string>() } } };
                c.SecurityContext.Capabilities.Drop.Add("ALL");
                return c;
            }

            V1Container SetLater()
            {
                var c = new V1Container { Name = "app" };
                c.SecurityContext = new V1SecurityContext { Capabilities = new V1Capabilities { Drop = ["ALL"] } };
                return c;
            }

            V1PodSpec Windows() => new V1PodSpec
            {
                Os = new V1PodOS { Name = "windows" },
                Containers = [new V1Container { Name = "iis", SecurityContext = new() { Capabilities = new() { Add = ["CHOWN"] } } }],
            };
        }
        """, Model.RecordEra);

    [Fact]
    public Task ClassEraAndPulumi() => Task.WhenAll(
        V.AnalyzerAsync("""
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1Container Unset() => new {|#0:V1Container|}("app");

                V1Container Dropped() => new V1Container("app", securityContext: new V1SecurityContext(capabilities: new V1Capabilities(drop: new List<string> { "ALL" })));
            }
            """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Container 'app'", "")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                ContainerArgs Unset() => new {|#0:ContainerArgs|} { Name = "web" };

                ContainerArgs Dropped() => new ContainerArgs { Name = "web", SecurityContext = new SecurityContextArgs { Capabilities = new CapabilitiesArgs { Drop = { "ALL" } } } };

                ContainerArgs Other() => new {|#1:ContainerArgs|} { Name = "raw", SecurityContext = new SecurityContextArgs { Capabilities = new CapabilitiesArgs { Drop = { "NET_RAW" } } } };
            }
            """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Container 'web'", ""), V.Diagnostic().WithLocation(1).WithArguments("Container 'raw'", "")));

    [Fact]
    public Task Fix_AddsALL_CreatingWhatIsMissing_OrAppending() => V.CodeFixAsync(Usings + """
        class C
        {
            V1Container NoContext() => new [|V1Container|] { Name = "a" };

            V1Container NoCapabilities() => new [|V1Container|] { Name = "b", SecurityContext = new V1SecurityContext { RunAsNonRoot = true } };

            V1Container ListCreation() => new [|V1Container|] { Name = "c", SecurityContext = new() { Capabilities = new() { Drop = new List<string> { "NET_RAW" } } } };

            V1Container CollectionExpression() => new [|V1Container|] { Name = "d", SecurityContext = new() { Capabilities = new() { Drop = ["NET_RAW"] } } };

            V1Container Array() => new [|V1Container|] { Name = "e", SecurityContext = new() { Capabilities = new() { Drop = new[] { "NET_RAW" } } } };
        }
        """, Usings + """
        class C
        {
            V1Container NoContext() => new V1Container { Name = "a", SecurityContext = new V1SecurityContext { Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } } } };

            V1Container NoCapabilities() => new V1Container { Name = "b", SecurityContext = new V1SecurityContext { RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } } } };

            V1Container ListCreation() => new V1Container { Name = "c", SecurityContext = new() { Capabilities = new() { Drop = new List<string> { "NET_RAW", "ALL" } } } };

            V1Container CollectionExpression() => new V1Container { Name = "d", SecurityContext = new() { Capabilities = new() { Drop = ["NET_RAW", "ALL"] } } };

            V1Container Array() => new V1Container { Name = "e", SecurityContext = new() { Capabilities = new() { Drop = new[] { "NET_RAW", "ALL" } } } };
        }
        """);

    [Fact]
    public Task Fix_ClassEraAndPulumi() => Task.WhenAll(
        V.CodeFixAsync("""
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1Container M() => new [|V1Container|]("app");
            }
            """, """
            using System.Collections.Generic;
            using k8s.Models;

            class C
            {
                V1Container M() => new V1Container("app", securityContext: new V1SecurityContext(capabilities: new V1Capabilities(drop: new List<string> { "ALL" })));
            }
            """, Model.ClassEra),
        V.CodeFixAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                ContainerArgs M() => new [|ContainerArgs|] { Name = "web" };

                ContainerArgs Other() => new [|ContainerArgs|] { Name = "raw", SecurityContext = new SecurityContextArgs { Capabilities = new CapabilitiesArgs { Drop = { "NET_RAW" } } } };
            }
            """, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class C
            {
                ContainerArgs M() => new ContainerArgs { Name = "web", SecurityContext = new SecurityContextArgs { Capabilities = new CapabilitiesArgs { Drop = { "ALL" } } } };

                ContainerArgs Other() => new ContainerArgs { Name = "raw", SecurityContext = new SecurityContextArgs { Capabilities = new CapabilitiesArgs { Drop = { "NET_RAW", "ALL" } } } };
            }
            """, Model.Pulumi));

    [Fact]
    public Task Fix_RemovesAnAddedCapability()
    {
        var test = V.CreateCodeFixTest(Usings + """
            class C
            {
                V1Container M() => new V1Container { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"], Add = ["NET_BIND_SERVICE", {|#0:"CHOWN"|}] } } };
            }
            """, Usings + """
            class C
            {
                V1Container M() => new V1Container { Name = "app", SecurityContext = new() { Capabilities = new() { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] } } };
            }
            """);
        test.ExpectedDiagnostics.Add(V.Diagnostic(K8S0206CapabilitiesNotDropped.ExplicitRule).WithLocation(0).WithArguments("Container 'app'", "CHOWN"));
        return test.RunAsync();
    }
}
