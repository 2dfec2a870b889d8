using k8s.Models;

namespace OperatorSample;

/// <summary>
/// The node agent: a DaemonSet that ships logs and tunes the network. It breaks one Pod Security Standards baseline
/// control of each family, so a namespace that enforces the baseline profile would reject it: K8sGuard reports
/// each on the line that writes it.
/// </summary>
public static class ShopNodeAgent
{
    public static V1DaemonSet Create(string @namespace, string image) => new()
    {
        Metadata = new V1ObjectMeta { Name = "shop-node-agent", NamespaceProperty = @namespace },
        Spec = new V1DaemonSetSpec
        {
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "shop-node-agent" } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "shop-node-agent" } },
                Spec = new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    HostNetwork = true, // K8S0102: host namespaces
                    SecurityContext = new V1PodSecurityContext
                    {
                        Sysctls = [new V1Sysctl { Name = "net.core.somaxconn", Value = "4096" }], // K8S0111: unsafe sysctl
                        SeLinuxOptions = new V1SELinuxOptions { Type = "spc_t" }, // K8S0108: SELinux
                    },
                    InitContainers =
                    [
                        new V1Container
                        {
                            Name = "tune",
                            Image = image,
                            SecurityContext = new V1SecurityContext { Privileged = true }, // K8S0103: privileged
                        },
                    ],
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "shipper",
                            Image = image,
                            Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9100 }], // K8S0106: host port
                            LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Host = "127.0.0.1", Path = "/healthz", Port = 9100 } }, // K8S0112: host in probe
                            SecurityContext = new V1SecurityContext
                            {
                                Capabilities = new V1Capabilities { Add = ["NET_ADMIN"] }, // K8S0104: capabilities
                                SeccompProfile = new V1SeccompProfile { Type = "Unconfined" }, // K8S0110: seccomp
                                AppArmorProfile = new V1AppArmorProfile { Type = "Unconfined" }, // K8S0107: AppArmor
                                ProcMount = "Unmasked", // K8S0109: /proc mount
                            },
                            VolumeMounts = [new V1VolumeMount { Name = "logs", MountPath = "/var/log", ReadOnlyProperty = true }],
                        },
                    ],
                    Volumes = [new V1Volume { Name = "logs", HostPath = new V1HostPathVolumeSource { Path = "/var/log" } }], // K8S0105: hostPath
                },
            },
        },
    };
}
