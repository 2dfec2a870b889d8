using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0001 against KubernetesClient before v18, whose models have full constructors.</summary>
public sealed class K8S0001ClassEraTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    private static Task VerifyAsync(string body, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + body, Model.ClassEra, expected);

    [Fact]
    public Task NamedArgument_CountsAsSet() => VerifyAsync("""
        class C
        {
            V1PodSpec M(IList<V1Container> containers) => new V1PodSpec(containers, automountServiceAccountToken: false);
            V1PodSpec Reordered(IList<V1Container> containers) => new V1PodSpec(serviceAccountName: "runner", automountServiceAccountToken: true, containers: containers);
        }
        """);

    [Fact]
    public Task WhileTyping_AConstructorCallWithAnError_IsJudgedOnWhatBinds() => VerifyAsync("""
        using System.Linq;

        class C
        {
            V1PodSpec Unset(List<string> names)
                => new {|#0:V1PodSpec|}(containers: names.Select(n => new V1Container(name: n.{|CS1061:Foo|})).ToList(), hostname: "h");

            V1PodSpec Named(List<string> names)
                => new V1PodSpec(containers: names.Select(n => new V1Container(name: n.{|CS1061:Foo|})).ToList(), automountServiceAccountToken: false);

            V1PodSpec Positional(List<string> names)
                => new V1PodSpec(names.Select(n => new V1Container(name: n.{|CS1061:Foo|})).ToList(), null, null, false);

            V1PodSpec Initializer() => new V1PodSpec(containers: {|CS0103:Missing|}()) { AutomountServiceAccountToken = false };

            V1Pod InAPod() => new V1Pod(spec: new {|#1:V1PodSpec|}(containers: {|CS0103:Missing|}()));
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"), V.Diagnostic().WithLocation(1).WithArguments("Pod spec of Pod"));

    [Fact]
    public Task PositionalArgument_CountsAsSet() => VerifyAsync("""
        class C
        {
            V1PodSpec M(IList<V1Container> containers) => new V1PodSpec(containers, null, null, false);
        }
        """);

    [Fact]
    public Task OmittedArgument_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec M(IList<V1Container> containers) => new [|V1PodSpec|](containers, serviceAccountName: "web");
        }
        """);

    [Fact]
    public Task NullArgument_IsReported() => VerifyAsync("""
        class C
        {
            V1PodSpec Named(IList<V1Container> containers) => new [|V1PodSpec|](containers, automountServiceAccountToken: null);
            V1PodSpec Positional(IList<V1Container> containers) => new [|V1PodSpec|](containers, null, null, null);
        }
        """);

    [Fact]
    public Task OtherArgumentsInTheSamePosition_DoNotCount() => VerifyAsync("""
        class C
        {
            // The fourth argument here is dnsConfig, not automountServiceAccountToken: matched by parameter, not position.
            V1PodSpec M(IList<V1Container> containers) => new [|V1PodSpec|](containers, activeDeadlineSeconds: 60, affinity: null, dnsConfig: null, hostNetwork: false);
        }
        """);

    [Fact]
    public Task NestedConstructorArguments_NameTheWorkload() => VerifyAsync("""
        class C
        {
            V1Pod M(IList<V1Container> containers) => new V1Pod("v1", "Pod", new V1ObjectMeta(name: "legacy"), new {|#0:V1PodSpec|}(containers));
            V1Job Job(IList<V1Container> containers) => new V1Job(metadata: new V1ObjectMeta(name: "migrate"), spec: new V1JobSpec(new V1PodTemplateSpec(spec: new {|#1:V1PodSpec|}(containers, restartPolicy: "Never"))));
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod 'legacy'"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of Job 'migrate'"));

    [Fact]
    public Task LaterAssignmentThroughConstructorBuiltParent_IsNotReported() => VerifyAsync("""
        class C
        {
            V1Deployment M(IList<V1Container> containers)
            {
                var deployment = new V1Deployment(metadata: new V1ObjectMeta(name: "web"), spec: new V1DeploymentSpec(new V1LabelSelector(), new V1PodTemplateSpec(spec: new V1PodSpec(containers))));
                deployment.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return deployment;
            }
        }
        """);

    [Fact]
    public Task ParameterlessConstructorWithInitializer_IsAnalysedLikeTheRecordEra() => VerifyAsync("""
        class C
        {
            V1PodSpec Unset() => new [|V1PodSpec|] { Containers = new List<V1Container>() };
            V1PodSpec Set() => new V1PodSpec { AutomountServiceAccountToken = false };
        }
        """);
}
