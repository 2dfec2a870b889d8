using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0105: a hostPath volume the code creates; there is no automatic fix.</summary>
public sealed class K8S0105Tests
{
    private static readonly RuleVerifier V = new(K8S0105HostPathVolume.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task CreatedSource_IsReported_AndOthersAreNot() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1DaemonSet M(V1HostPathVolumeSource configured) => new V1DaemonSet
            {
                Metadata = new() { Name = "log-shipper" },
                Spec = new V1DaemonSetSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Volumes =
                            [
                                new V1Volume { Name = "logs", {|#0:HostPath = new V1HostPathVolumeSource { Path = "/var/log" }|} },
                                new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() },
                                new V1Volume { Name = "maybe", HostPath = configured },
                                new V1Volume { Name = "none", HostPath = null },
                            ],
                        },
                    },
                },
            };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of DaemonSet 'log-shipper'"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1Volume M() => new V1Volume("docker", {|#0:hostPath: new V1HostPathVolumeSource("/var/run/docker.sock")|});
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                PodSpecArgs M() => new PodSpecArgs { Volumes = { new VolumeArgs { Name = "root", {|#0:HostPath = new HostPathVolumeSourceArgs { Path = "/" }|} } } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Pod spec")));

    [Fact]
    public Task NoFixIsOffered() => V.CodeFixAsync(Usings + """
        class C
        {
            V1Volume M() => new V1Volume { Name = "logs", [|HostPath = new V1HostPathVolumeSource { Path = "/var/log" }|] };
        }
        """, Usings + """
        class C
        {
            V1Volume M() => new V1Volume { Name = "logs", [|HostPath = new V1HostPathVolumeSource { Path = "/var/log" }|] };
        }
        """);
}
