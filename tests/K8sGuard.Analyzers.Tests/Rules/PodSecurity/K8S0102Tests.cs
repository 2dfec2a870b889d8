using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0102: a pod that shares the node's network, PID or IPC namespace, one diagnostic per field, and its fix.</summary>
public sealed class K8S0102Tests
{
    private static readonly RuleVerifier V = new(K8S0102HostNamespaces.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task EachTrueField_IsReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1Pod M() => new V1Pod
            {
                Metadata = new() { Name = "node-agent" },
                Spec = new V1PodSpec { {|#0:HostNetwork = true|}, {|#1:HostPID = true|}, {|#2:HostIPC = true|} },
            };

            V1PodSpec Later()
            {
                var spec = new V1PodSpec();
                {|#3:spec.HostNetwork = true|};
                return spec;
            }
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod 'node-agent'", "HostNetwork", "network namespace (its interfaces and ports)"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of Pod 'node-agent'", "HostPID", "process ID namespace (every process on the node)"),
        V.Diagnostic().WithLocation(2).WithArguments("Pod spec of Pod 'node-agent'", "HostIPC", "IPC namespace (its shared memory and message queues)"),
        V.Diagnostic().WithLocation(3).WithArguments("Pod spec", "HostNetwork", "network namespace (its interfaces and ports)"));

    [Fact]
    public Task FalseUnsetAndNonConstant_AreNotReported() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1PodSpec False() => new() { HostNetwork = false, HostPID = null };
            V1PodSpec Configured(bool host) => new() { HostNetwork = host };
            V1PodSpec Overwritten()
            {
                var spec = new V1PodSpec { HostNetwork = true };
                spec.HostNetwork = false;
                return spec;
            }
        }
        """);

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1PodSpec M(IList<V1Container> c) => new V1PodSpec(c, {|#0:hostPID: true|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "HostPID", "process ID namespace (every process on the node)")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSpecArgs M() => new PodSpecArgs { {|#0:HostIPC = true|}, HostNetwork = false };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "HostIPC", "IPC namespace (its shared memory and message queues)")));

    [Fact]
    public Task Fix_SetsFalse() => V.CodeFixAsync(Usings + """
        class C
        {
            V1PodSpec M() => new V1PodSpec { [|HostNetwork = true|], [|HostPID = true|] };
        }
        """, Usings + """
        class C
        {
            V1PodSpec M() => new V1PodSpec { HostNetwork = false, HostPID = false };
        }
        """, Model.RecordEra, "K8S0102.SetFalse");

    [Fact]
    public Task Fix_Pulumi_SetsFalse() => V.CodeFixAsync("""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        class Stack
        {
            PodSpecArgs M() => new PodSpecArgs { [|HostNetwork = true|] };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        class Stack
        {
            PodSpecArgs M() => new PodSpecArgs { HostNetwork = false };
        }
        """, Model.Pulumi, "K8S0102.SetFalse");
}
