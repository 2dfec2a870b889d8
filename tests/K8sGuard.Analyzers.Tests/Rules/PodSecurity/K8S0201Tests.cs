using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0201: a volume source outside the restricted profile's list, in every model.</summary>
public sealed class K8S0201Tests
{
    private static readonly RuleVerifier V = new(K8S0201RestrictedVolumeType.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task SourcesOutsideTheList_AreReported_AllowedOnesAndHostPathAreNot() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1StatefulSet M() => new V1StatefulSet
            {
                Metadata = new V1ObjectMeta { Name = "db" },
                Spec = new V1StatefulSetSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Volumes =
                            [
                                new V1Volume { Name = "data", {|#0:Nfs = new V1NFSVolumeSource { Server = "nfs.internal", Path = "/exports" }|} },
                                new V1Volume { Name = "code", {|#1:GitRepo = new V1GitRepoVolumeSource { Repository = "https://example.invalid/repo" }|} },
                                new V1Volume { Name = "cfg", ConfigMap = new V1ConfigMapVolumeSource { Name = "cfg" } },
                                new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
                                new V1Volume { Name = "claim", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = "c" } },
                                new V1Volume { Name = "host", HostPath = new V1HostPathVolumeSource { Path = "/var" } },
                            ],
                        },
                    },
                },
            };

            V1Volume Later()
            {
                var volume = new V1Volume { Name = "later" };
                {|#2:volume.Iscsi = new V1ISCSIVolumeSource { TargetPortal = "10.0.0.1:3260", Iqn = "iqn", Lun = 0 }|};
                return volume;
            }

            V1Volume Replaced()
            {
                var volume = new V1Volume { Name = "replaced", Nfs = new V1NFSVolumeSource { Server = "nfs", Path = "/" } };
                volume.Nfs = null;
                return volume;
            }

            V1Volume FromAVariable(V1NFSVolumeSource nfs) => new V1Volume { Name = "v", Nfs = nfs };
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec of StatefulSet 'db'", "nfs"),
        V.Diagnostic().WithLocation(1).WithArguments("Pod spec of StatefulSet 'db'", "gitRepo"),
        V.Diagnostic().WithLocation(2).WithArguments("Pod spec", "iscsi"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync("""
            using k8s.Models;

            class C
            {
                V1Volume Named() => new V1Volume("data", {|#0:nfs: new V1NFSVolumeSource()|});
                V1Volume Allowed() => new V1Volume("cfg", configMap: new V1ConfigMapVolumeSource());
            }
            """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "nfs")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stack
            {
                PodSpecArgs Spec() => new PodSpecArgs
                {
                    Volumes =
                    {
                        new VolumeArgs { Name = "code", {|#0:GitRepo = new GitRepoVolumeSourceArgs { Repository = "https://example.invalid/repo" }|} },
                        new VolumeArgs { Name = "tmp", EmptyDir = new EmptyDirVolumeSourceArgs() },
                    },
                };
            }
            """, Model.Pulumi, V.Diagnostic().WithLocation(0).WithArguments("Pod spec", "gitRepo")));

    [Fact]
    public Task Suppression_WithPragma() => new RuleVerifier(K8S0201RestrictedVolumeType.Id).AnalyzerAsync(Usings + """
        class C
        {
        #pragma warning disable K8S0201 // Legacy NFS share, migrating to a PVC.
            V1Volume Data() => new V1Volume { Name = "data", Nfs = new V1NFSVolumeSource { Server = "nfs", Path = "/" } };
        #pragma warning restore K8S0201
        }
        """);
}
