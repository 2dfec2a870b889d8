using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>
/// A pod spec its method returns is judged where the project's callers finish it: not reported when every call site
/// sets the flag (directly, through a parent path, after <c>await</c>, through a helper, or by returning it to callers
/// that do); reported at the creation, with a note saying why, when a caller does not, when code outside the compilation
/// can call the method, or when the method is used where the analyzer cannot follow it.
/// </summary>
public sealed class K8S0001CallerTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using k8s.Models;

        """;

    private const string Templates = """
        static class Templates
        {
            public static V1Deployment Deployment(string name) => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = name },
                Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new {|#0:V1PodSpec|} { Containers = [] } } },
            };
        }

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.RecordEra, expected);

    private static DiagnosticResult Deployment(string note) => V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment" + note);

    [Fact]
    public Task EveryCallerSetsTheFlag_ThroughAParentPath_IsNotReported() => VerifyAsync(Templates + """
        class Operator
        {
            void Reconcile()
            {
                var api = Templates.Deployment("api");
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec Worker()
            {
                V1Deployment worker;
                worker = Templates.Deployment("worker");
                worker.Spec.Template.Spec.AutomountServiceAccountToken = true;
                return worker.Spec.Template.Spec;
            }
        }
        """);

    [Fact]
    public Task ACallerThatDoesNotSetIt_IsNamedInTheMessage() => VerifyAsync(Templates + """
        class Operator
        {
            void Hardened()
            {
                var api = Templates.Deployment("api");
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }

            void Forgotten()
            {
                var web = Templates.Deployment("web");
                Console.WriteLine(web.Metadata.Name);
            }
        }
        """, Deployment(" (returned by Templates.Deployment to Operator.Forgotten, which does not set it)"));

    [Fact]
    public Task ACallerThatSetsItThenDefinitelyClearsIt_DoesNotSetIt() => VerifyAsync(Templates + """
        class Operator
        {
            void Reconcile()
            {
                var api = Templates.Deployment("api");
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
                api.Spec.Template.Spec.AutomountServiceAccountToken = null;
            }
        }
        """, Deployment(" (returned by Templates.Deployment to Operator.Reconcile, which does not set it)"));

    [Fact]
    public Task ACallerThatSetsItOnlyUnderACondition_SetsIt() => VerifyAsync(Templates + """
        class Operator
        {
            void Reconcile(bool api)
            {
                var d = Templates.Deployment("api");
                if (api)
                {
                    d.Spec.Template.Spec.AutomountServiceAccountToken = true;
                }
                else
                {
                    d.Spec.Template.Spec.AutomountServiceAccountToken = false;
                }
            }
        }
        """);

    [Fact]
    public Task AwaitedFactory_FinishedByItsCaller_IsNotReported() => VerifyAsync("""
        static class Templates
        {
            public static async Task<V1Pod> PodAsync()
            {
                await Task.Yield();
                var pod = new V1Pod { Spec = new V1PodSpec { Containers = [] } };
                return pod;
            }

            public static Task<V1Pod> UnfinishedAsync() => Task.FromResult(new V1Pod { Spec = new [|V1PodSpec|]() });
        }

        class Operator
        {
            async Task Reconcile()
            {
                var pod = await Templates.PodAsync().ConfigureAwait(false);
                pod.Spec.AutomountServiceAccountToken = false;
                var other = (await Templates.PodAsync())!;
                other.Spec.AutomountServiceAccountToken = false;
                _ = await Templates.UnfinishedAsync();
            }
        }
        """);

    [Fact]
    public Task CallerPassingTheResultToAHardeningHelper_IsNotReported() => VerifyAsync(Templates + """
        static class Hardening
        {
            public static void Apply(V1Deployment deployment) => Pods.NoToken(deployment.Spec.Template.Spec);
            public static V1Deployment Harden(this V1Deployment deployment)
            {
                var spec = deployment.Spec.Template.Spec;
                spec.AutomountServiceAccountToken = false;
                return deployment;
            }
        }

        static class Pods
        {
            public static void NoToken(V1PodSpec spec) => spec.AutomountServiceAccountToken = false;
        }

        class Operator
        {
            void Direct() => Hardening.Apply(Templates.Deployment("api"));

            void Extension()
            {
                _ = Templates.Deployment("web").Harden();
            }

            void ThroughALocal()
            {
                var worker = Templates.Deployment("worker");
                Hardening.Apply(worker);
            }
        }
        """);

    [Fact]
    public Task CallersThatReturnItOn_AreFollowedToTheirCallers() => VerifyAsync(Templates + """
        class Catalog
        {
            V1Deployment Api() => Templates.Deployment("api");

            V1Deployment Web()
            {
                var web = Templates.Deployment("web");
                web.Metadata.Name = "web-front";
                return web;
            }

            void Reconcile()
            {
                var api = Api();
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
                var web = this.Web();
                web.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }

            V1Deployment Unused() => Api();
        }
        """, Deployment(string.Empty));

    [Fact]
    public Task NoCaller_IsReportedAsBefore() => VerifyAsync(Templates, Deployment(string.Empty));

    [Fact]
    public Task PublicApiOfALibrary_IsReportedWithANote() => VerifyAsync("""
        public static class Templates
        {
            public static V1Deployment Deployment(string name) => new V1Deployment
            {
                Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new {|#0:V1PodSpec|} { Containers = [] } } },
            };
        }

        class Operator
        {
            void Reconcile()
            {
                var api = Templates.Deployment("api");
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }
        }
        """, Deployment(" (returned by Templates.Deployment, which code outside this project can call)"));

    [Fact]
    public Task PublicMethodOfAnExecutable_IsJudgedAtItsCallers()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            var api = Templates.Deployment("api");
            api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            Console.WriteLine(api);

            public static class Templates
            {
                public static V1Deployment Deployment(string name) => new V1Deployment
                {
                    Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [] } } },
                };
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task TopLevelCaller_ThatClearsItDefinitely_DoesNotSetIt()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            var api = Templates.Deployment("api");
            api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            api.Spec.Template.Spec.AutomountServiceAccountToken = null;
            Console.WriteLine(api);

            static class Templates
            {
                public static V1Deployment Deployment(string name) => new V1Deployment
                {
                    Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new {|#0:V1PodSpec|} { Containers = [] } } },
                };
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment (returned by Templates.Deployment to top-level code, which does not set it)"));
        return test.RunAsync();
    }

    [Fact]
    public Task VirtualOrInterfaceDispatch_IsReportedWithANote() => VerifyAsync("""
        interface ITemplate
        {
            V1PodSpec Spec();
        }

        class Base
        {
            protected virtual V1PodSpec Make() => new {|#0:V1PodSpec|}();

            void Use()
            {
                var spec = Make();
                spec.AutomountServiceAccountToken = false;
            }
        }

        class Template : ITemplate
        {
            public V1PodSpec Spec() => new {|#1:V1PodSpec|}();

            void Use()
            {
                var spec = Spec();
                spec.AutomountServiceAccountToken = false;
            }
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec (returned by Base.Make, which code outside this project can call)"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec (returned by Template.Spec, which code outside this project can call)"));

    [Fact]
    public Task MethodUsedAsAMethodGroup_IsReportedWithANote() => VerifyAsync(Templates + """
        class Operator
        {
            void Reconcile()
            {
                var all = new[] { "api", "web" }.Select(Templates.Deployment).ToList();
                var api = Templates.Deployment("api");
                api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }
        }
        """, Deployment(" (returned by Templates.Deployment, which is used where the analyzer cannot follow it)"));

    [Fact]
    public Task AnUnrelatedMethodOfTheSameName_IsNotACaller() => VerifyAsync(Templates + """
        static class Other
        {
            public static V1Deployment Deployment(string name) => new V1Deployment();
        }

        class Operator
        {
            void Reconcile()
            {
                var other = Other.Deployment("api");
                other.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }
        }
        """, Deployment(string.Empty));

    [Fact]
    public Task CallerInAnotherDocument_IsRead()
    {
        var test = V.CreateAnalyzerTest(Usings + Templates, Model.RecordEra);
        test.TestState.Sources.Add(("Operator.cs", Usings + """
            class Operator
            {
                void Reconcile()
                {
                    var api = Templates.Deployment("api");
                    api.Spec.Template.Spec.AutomountServiceAccountToken = false;
                }

                void Forgotten() => Console.WriteLine(Templates.Deployment("web"));
            }
            """));
        test.ExpectedDiagnostics.Add(Deployment(" (returned by Templates.Deployment to Operator.Forgotten, which does not set it)"));
        return test.RunAsync();
    }

    [Fact]
    public Task ALocalOfTheCallerWithTheSameNameInALambda_IsNotTheResult() => VerifyAsync(Templates + """
        class Operator
        {
            void Reconcile()
            {
                var api = Templates.Deployment("api");
                Action<V1Deployment> later = api => api.Spec.Template.Spec.AutomountServiceAccountToken = false;
            }
        }
        """, Deployment(" (returned by Templates.Deployment to Operator.Reconcile, which does not set it)"));

    [Fact]
    public Task ClassEra_FactoryFinishedByItsCaller_IsNotReported() => V.AnalyzerAsync("""
        using k8s.Models;

        static class Templates
        {
            public static V1PodSpec Spec() => new V1PodSpec(containers: null);
            public static V1PodSpec Unfinished() => new {|#0:V1PodSpec|}(containers: null);
        }

        class Operator
        {
            void Reconcile()
            {
                var spec = Templates.Spec();
                spec.AutomountServiceAccountToken = false;
                var other = Templates.Unfinished();
                other.Hostname = "x";
            }
        }
        """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec (returned by Templates.Unfinished to Operator.Reconcile, which does not set it)"));

    [Fact]
    public Task Pulumi_FactoryFinishedByItsCaller_IsNotReported() => V.AnalyzerAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class Templates
        {
            public static PodSpecArgs Spec() => new PodSpecArgs { Containers = { new ContainerArgs { Name = "app" } } };
            public static PodSpecArgs Unfinished() => new {|#0:PodSpecArgs|}();
        }

        class Stack
        {
            void Build()
            {
                var spec = Templates.Spec();
                spec.AutomountServiceAccountToken = false;
                var other = Templates.Unfinished();
            }
        }
        """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Pod spec (returned by Templates.Unfinished to Stack.Build, which does not set it)"));

    /// <summary>
    /// Every file declares its own helper of the same name: each call is its own file's helper (an unqualified call can
    /// only call a method of a type declared around it), so one file's caller never stands for another's.
    /// </summary>
    [Fact]
    public Task SameNamedHelpersInEveryFile_AreJudgedAtTheirOwnCallers()
    {
        var test = V.CreateAnalyzerTest("""
            using k8s.Models;

            class Hardened
            {
                private static V1PodSpec Spec() => new V1PodSpec();

                V1PodSpec Build()
                {
                    var spec = Spec();
                    spec.AutomountServiceAccountToken = false;
                    return spec;
                }
            }
            """);
        test.TestState.Sources.Add(("Second.cs", """
            using k8s.Models;

            class Forgotten
            {
                private static V1PodSpec Spec() => new {|#0:V1PodSpec|}();

                V1PodSpec Build() => Spec();
            }
            """));
        // Forgotten.Build returns it on, and nothing calls Build: no caller to name.
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));
        return test.RunAsync();
    }
}
