using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using K8sGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0001 against the real KubernetesClient package (record era).</summary>
public sealed class K8S0001AnalyzerTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using k8s.Models;

        """;

    private static Task VerifyAsync(string body, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + body, Model.RecordEra, expected);

    // ---- creation forms that are reported ----

    [Fact]
    public Task ExplicitType_WithInitializer_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new {|#0:V1PodSpec|} { Containers = new List<V1Container> { new V1Container { Name = "app", Image = "nginx" } } };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task ExplicitType_WithoutInitializer_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|]();
        }
        """);

    [Fact]
    public Task TargetTypedNew_IsReportedOnNewKeyword() => VerifyAsync("""
        class C
        {
            V1PodSpec M()
            {
                V1PodSpec spec = {|#0:new|}() { Containers = [] };
                return spec;
            }
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task ExplicitNull_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|] { AutomountServiceAccountToken = null, Containers = [] };
        }
        """);

    [Fact]
    public Task ExplicitDefault_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|] { AutomountServiceAccountToken = default };
        }
        """);

    [Fact]
    public Task DerivedPodSpecType_IsReported() => VerifyAsync("""
        record HardenedPodSpec : V1PodSpec;

        class C
        {
            V1PodSpec M() => new [|HardenedPodSpec|] { Containers = [] };
        }
        """);

    [Fact]
    public Task DeploymentPodTemplate_NamesTheDeployment() => VerifyAsync("""
        class C
        {
            V1Deployment M() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new {|#0:V1PodSpec|} { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
                    },
                },
            };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Deployment 'web'"));

    [Theory]
    [InlineData("V1StatefulSet", "V1StatefulSetSpec", "StatefulSet")]
    [InlineData("V1DaemonSet", "V1DaemonSetSpec", "DaemonSet")]
    [InlineData("V1ReplicaSet", "V1ReplicaSetSpec", "ReplicaSet")]
    [InlineData("V1Job", "V1JobSpec", "Job")]
    [InlineData("V1ReplicationController", "V1ReplicationControllerSpec", "ReplicationController")]
    public Task WorkloadPodTemplates_AreReportedWithTheirKind(string workload, string workloadSpec, string kind) => VerifyAsync($$"""
        class C
        {
            const string Name = "worker";

            object M() => new {{workload}}
            {
                Metadata = new() { Name = Name },
                Spec = new {{workloadSpec}} { Template = new V1PodTemplateSpec { Spec = new {|#0:V1PodSpec|} { Containers = [] } } },
            };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments($"Pod spec of {kind} 'worker'"));

    [Fact]
    public Task CronJob_NamesTheCronJobNotTheJobTemplate() => VerifyAsync("""
        class C
        {
            V1CronJob M() => new()
            {
                Metadata = new() { Name = "nightly-backup" },
                Spec = new()
                {
                    Schedule = "0 3 * * *",
                    JobTemplate = new() { Spec = new() { Template = new() { Spec = {|#0:new|}() { RestartPolicy = "OnFailure" } } } },
                },
            };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of CronJob 'nightly-backup'"));

    [Fact]
    public Task BarePod_AndPodTemplate_AreReported() => VerifyAsync("""
        class C
        {
            V1Pod Pod() => new V1Pod { Metadata = new V1ObjectMeta { Name = "debug" }, Spec = new {|#0:V1PodSpec|}() };
            V1PodTemplate Template() => new V1PodTemplate { Template = new V1PodTemplateSpec { Spec = new {|#1:V1PodSpec|}() } };
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod 'debug'"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of PodTemplate"));

    [Fact]
    public Task NonConstantWorkloadName_NamesOnlyTheKind() => VerifyAsync("""
        class C
        {
            V1Pod M(string name) => new V1Pod { Metadata = new V1ObjectMeta { Name = name }, Spec = new {|#0:V1PodSpec|}() };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod"));

    [Fact]
    public Task CollectionInitializer_LambdaAndLinq_AreReported() => VerifyAsync("""
        class C
        {
            List<V1PodSpec> List() => new List<V1PodSpec> { new [|V1PodSpec|](), new [|V1PodSpec|]() };
            Func<V1PodSpec> Factory() => () => new [|V1PodSpec|] { Containers = [] };
            IEnumerable<V1Pod> Linq(string[] images) =>
                images.Select(image => new V1Pod { Spec = new [|V1PodSpec|] { Containers = [new V1Container { Image = image }] } });
        }
        """);

    [Fact]
    public Task FieldAndPropertyInitializers_AreReported() => VerifyAsync("""
        class C
        {
            private readonly V1PodSpec _spec = new [|V1PodSpec|]();
            public V1PodSpec Spec { get; } = new [|V1PodSpec|] { Containers = [] };
            public static V1Pod Pod { get; set; } = new() { Spec = [|new|]() };
        }
        """);

    [Fact]
    public Task CoalesceConditionalAndSwitchExpressions_AreReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Coalesce(V1PodSpec? existing) => existing ?? new [|V1PodSpec|]();
            V1PodSpec Conditional(bool debug) => debug ? new [|V1PodSpec|] { {|K8S0102:HostNetwork = true|} } : new V1PodSpec { AutomountServiceAccountToken = false };
            V1PodSpec Switch(string tier) => tier switch
            {
                "batch" => new [|V1PodSpec|] { RestartPolicy = "Never" },
                _ => new V1PodSpec { AutomountServiceAccountToken = false },
            };
        }
        """);

    [Fact]
    public async Task TopLevelStatements_AreReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            var pod = new V1Pod { Metadata = new() { Name = "top" }, Spec = new {|#0:V1PodSpec|} { Containers = [] } };
            Console.WriteLine(pod.Metadata.Name);
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod 'top'"));
        await test.RunAsync();
    }

    [Fact]
    public Task WithOnCreationThatLeavesItUnset_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new [|V1PodSpec|] { Containers = [] } with { HostNetwork = false };
        }
        """);

    [Fact]
    public Task AssignmentToAnotherLocal_DoesNotSilence() => VerifyAsync("""
        class C
        {
            void M()
            {
                var first = new [|V1PodSpec|]();
                var second = new V1PodSpec();
                second.AutomountServiceAccountToken = false;
            }
        }
        """);

    [Fact]
    public Task AssignmentToAnotherPath_DoesNotSilence() => VerifyAsync("""
        class C
        {
            void M(V1Pod other)
            {
                var pod = new V1Pod { Spec = new [|V1PodSpec|]() };
                other.Spec.AutomountServiceAccountToken = false;
            }
        }
        """);

    [Fact]
    public Task LaterNullAssignment_DoesNotSilence() => VerifyAsync("""
        class C
        {
            void M()
            {
                var spec = new [|V1PodSpec|]();
                spec.AutomountServiceAccountToken = null;
            }
        }
        """);

    // ---- forms that are not reported ----

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    [InlineData("flag")]
    [InlineData("(bool?)false")]
    [InlineData("Config.ApiAccess")]
    public Task InitializerSetsTheFlag_IsNotReported(string value) => VerifyAsync($$"""
        static class Config { public static bool? ApiAccess => null; }

        class C
        {
            V1PodSpec M(bool flag) => new V1PodSpec { Containers = [], ServiceAccountName = "app", AutomountServiceAccountToken = {{value}} };
        }
        """);

    [Fact]
    public Task TargetTypedNewThatSetsTheFlag_IsNotReported() => VerifyAsync("""
        class C
        {
            V1Pod M() => new() { Spec = new() { AutomountServiceAccountToken = false } };
        }
        """);

    [Fact]
    public Task LaterAssignmentThroughLocal_IsNotReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Simple()
            {
                var spec = new V1PodSpec { Containers = [] };
                spec.AutomountServiceAccountToken = false;
                return spec;
            }

            V1PodSpec CoalesceAssignment()
            {
                V1PodSpec spec = new() { Containers = [] };
                spec.AutomountServiceAccountToken ??= false;
                return spec;
            }

            V1PodSpec AssignedLocal()
            {
                V1PodSpec spec;
                spec = new V1PodSpec();
                spec.AutomountServiceAccountToken = true;
                return spec;
            }
        }
        """);

    [Fact]
    public Task LaterAssignmentThroughParentPath_IsNotReported() => VerifyAsync("""
        class C
        {
            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new V1PodSpec() };
                pod.Spec.AutomountServiceAccountToken = false;
                return pod;
            }

            V1Deployment Deployment()
            {
                var deployment = new V1Deployment
                {
                    Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [] } } },
                };
                deployment.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return deployment;
            }

            V1CronJob CronJob()
            {
                var cronJob = new V1CronJob { Spec = new() { JobTemplate = new() { Spec = new() { Template = new() { Spec = new() } } } } };
                cronJob.Spec.JobTemplate.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return cronJob;
            }

            V1Pod StoredIntoParentLater()
            {
                var pod = new V1Pod();
                pod.Spec = new V1PodSpec();
                pod.Spec.AutomountServiceAccountToken = false;
                return pod;
            }
        }
        """);

    [Fact]
    public Task LaterAssignmentInsideLambda_IsNotReported() => VerifyAsync("""
        class C
        {
            Action M()
            {
                var spec = new V1PodSpec();
                return () => spec.AutomountServiceAccountToken = false;
            }
        }
        """);

    [Fact]
    public Task WithAppliedToTheCreation_IsNotReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M() => new V1PodSpec { Containers = [] } with { AutomountServiceAccountToken = false };
        }
        """);

    [Fact]
    public Task PodSpecsTheCodeDoesNotCreate_AreNotReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Copy(V1PodSpec existing) => existing with { HostNetwork = false };
            V1PodSpec Read(V1Pod pod) => pod.Spec;
            V1PodSpec? Deserialize(string json) => System.Text.Json.JsonSerializer.Deserialize<V1PodSpec>(json);
        }
        """);

    [Fact]
    public Task LookalikeTypesFromOtherNamespaces_AreNotReported() => VerifyAsync("""
        namespace MyCompany.Models
        {
            public class V1PodSpec { public bool? AutomountServiceAccountToken { get; set; } }

            class C
            {
                V1PodSpec M() => new V1PodSpec();
            }
        }
        """);

    [Fact]
    public Task CodeInCommentsAndXmlDocs_IsNotReported() => VerifyAsync("""
        /// <summary>Builds <c>new V1PodSpec()</c> for the runner.</summary>
        class C
        {
            // var spec = new V1PodSpec();
            /* new V1PodSpec { Containers = [] } */
            string M() => "new V1PodSpec()";
        }
        """);

    [Fact]
    public async Task GeneratedCode_IsNotReported()
    {
        var test = V.CreateAnalyzerTest("");
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Pods.g.cs", Usings + "class C { V1PodSpec M() => new V1PodSpec(); }"));
        test.TestState.Sources.Add(("Marked.cs", "// <auto-generated/>\n" + Usings + "class D { V1PodSpec M() => new V1PodSpec(); }"));
        await test.RunAsync();
    }

    [Fact]
    public Task GeneratedCodeAttribute_OnATypeOrAMember_IsNotReported() => VerifyAsync("""
        using System.CodeDom.Compiler;

        [GeneratedCode("tool", "1.0")]
        class Generated
        {
            V1PodSpec M() => new V1PodSpec();
            V1PodSpec P { get; } = new V1PodSpec();
        }

        class HandWritten
        {
            [GeneratedCode("tool", "1.0")]
            V1PodSpec Generated() => new V1PodSpec();

            V1PodSpec Written() => new [|V1PodSpec|]();
        }
        """);

    [Fact]
    public Task CompilationWithoutKubernetesTypes_ReportsNothing()
        => V.AnalyzerAsync("class V1PodSpec { } class C { object M() => new V1PodSpec(); }", Model.RecordEra);

    // ---- suppression ----

    [Fact]
    public Task PragmaSuppression_Works() => VerifyAsync("""
        class C
        {
        #pragma warning disable K8S0001 // The operator calls the API server.
            V1PodSpec M() => new V1PodSpec();
        #pragma warning restore K8S0001
        }
        """);

    [Fact]
    public Task SuppressMessageAttribute_Works() => VerifyAsync("""
        class C
        {
            [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "K8S0001:Pod spec does not disable service account token automounting", Justification = "Controller pod.")]
            V1PodSpec M() => new V1PodSpec();
        }
        """);

    [Fact]
    public async Task EditorConfigSeverityNone_Works()
    {
        var test = V.CreateAnalyzerTest(Usings + "class C { V1PodSpec M() => new V1PodSpec(); }");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.K8S0001.severity = none
            """));
        await test.RunAsync();
    }
}
