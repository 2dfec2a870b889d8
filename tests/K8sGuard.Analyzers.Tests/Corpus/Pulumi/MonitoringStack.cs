// A Pulumi stack for node monitoring, in the style of Pulumi's Kubernetes examples: a DaemonSet with host access.
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Kubernetes = Pulumi.Kubernetes;

namespace Corpus.Pulumi;

public sealed class MonitoringStack
{
    public MonitoringStack(bool privilegedAgent)
    {
        _ = new Kubernetes.Apps.V1.DaemonSet("node-agent", new DaemonSetArgs
        {
            Metadata = new ObjectMetaArgs { Name = "node-agent", Namespace = "monitoring" },
            Spec = new DaemonSetSpecArgs
            {
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs
                    {
                        Annotations = { { "container.apparmor.security.beta.kubernetes.io/agent", "unconfined" } }, // expect: K8S0107
                    },
                    Spec = new PodSpecArgs // expect: K8S0203, K8S0205
                    {
                        AutomountServiceAccountToken = false,
                        HostPID = true, // expect: K8S0102
                        Containers =
                        {
                            new ContainerArgs // expect: K8S0202, K8S0206
                            {
                                Name = "agent",
                                Image = "grafana/agent:v0.40.0",
                                SecurityContext = new SecurityContextArgs
                                {
                                    Privileged = privilegedAgent,
                                    Capabilities = new CapabilitiesArgs { Add = { "SYS_PTRACE" } }, // expect: K8S0104
                                    WindowsOptions = new WindowsSecurityContextOptionsArgs { HostProcess = false },
                                },
                            },
                        },
                        Volumes =
                        {
                            new VolumeArgs { Name = "root", HostPath = new HostPathVolumeSourceArgs { Path = "/" } }, // expect: K8S0105
                        },
                    },
                },
            },
        });
    }
}
