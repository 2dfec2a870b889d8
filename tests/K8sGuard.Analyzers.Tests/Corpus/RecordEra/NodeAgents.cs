// Node agents of a platform team: a CNI plugin, a log collector and a debugging helper, in the style of the
// DaemonSets operators render for their node components. Some controls are broken on purpose and exempted by
// suppression, others by mistake; values that come from configuration are never findings.
using k8s.Models;

namespace Corpus.NodeAgents;

public sealed record AgentOptions(bool HostNetwork, string SeccompProfile, int? MetricsHostPort);

public static class NodeAgents
{
    private const string Unconfined = "Unconfined";

    public static V1DaemonSet Cni(string image) => new()
    {
        Metadata = new V1ObjectMeta { Name = "cni-node", NamespaceProperty = "kube-system" },
        Spec = new V1DaemonSetSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0203, K8S0205
                {
                    AutomountServiceAccountToken = true,
                    ServiceAccountName = "cni",
                    HostNetwork = true, // expect: K8S0102
                    InitContainers =
                    [
                        new V1Container // expect: K8S0202, K8S0206
                        {
                            Name = "install-cni",
                            Image = image,
                            SecurityContext = new V1SecurityContext { Privileged = true }, // expect: K8S0103
                        },
                    ],
                    Containers =
                    [
                        new V1Container // expect: K8S0202
                        {
                            Name = "agent",
                            Image = image,
                            SecurityContext = new V1SecurityContext
                            {
                                Capabilities = new V1Capabilities { Add = ["NET_ADMIN", "NET_RAW"], Drop = ["ALL"] }, // expect: K8S0104, K8S0104
                            },
                        },
                    ],
                    Volumes =
                    [
                        new V1Volume { Name = "cni-bin", HostPath = new V1HostPathVolumeSource { Path = "/opt/cni/bin" } }, // expect: K8S0105
                        new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
                    ],
                },
            },
        },
    };

    public static V1DaemonSet LogCollector(AgentOptions options, string image)
    {
        var collector = new V1Container // expect: K8S0202, K8S0206
        {
            Name = "collector",
            Image = image,
            Ports = [new V1ContainerPort { ContainerPort = 2020, HostPort = options.MetricsHostPort }],
            SecurityContext = new V1SecurityContext
            {
                SeccompProfile = new V1SeccompProfile { Type = options.SeccompProfile },
                Capabilities = new V1Capabilities { Add = ["DAC_OVERRIDE", "CHOWN"] }, // expect: K8S0206
            },
        };

        var spec = new V1PodSpec // expect: K8S0203
        {
            AutomountServiceAccountToken = false,
            HostNetwork = options.HostNetwork,
            Containers = [collector],
        };

        // The profile is relaxed while the team investigates dropped logs.
        collector.SecurityContext.SeccompProfile = new V1SeccompProfile { Type = Unconfined }; // expect: K8S0110
        return new V1DaemonSet { Metadata = new V1ObjectMeta { Name = "log-collector" }, Spec = new V1DaemonSetSpec { Template = new V1PodTemplateSpec { Spec = spec } } };
    }

    public static V1Pod NodeShell(string node)
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "node-shell-" + node },
            Spec = new V1PodSpec // expect: K8S0203, K8S0205
            {
                AutomountServiceAccountToken = false,
                NodeName = node,
                HostPID = true, // expect: K8S0102
                HostIPC = true,
                Containers = [new V1Container { Name = "shell", Image = "busybox", SecurityContext = new V1SecurityContext { ProcMount = "Unmasked" } }], // expect: K8S0109, K8S0202, K8S0206
            },
        };

        // Only the PID namespace is needed: the IPC one goes back.
        pod.Spec.HostIPC = false;
        return pod;
    }

    public static V1PodSpec Hardened(string image) => new() // expect: K8S0203
    {
        AutomountServiceAccountToken = false,
        HostNetwork = false,
        SecurityContext = new V1PodSecurityContext
        {
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            Sysctls = [new V1Sysctl { Name = "net.ipv4.ip_unprivileged_port_start", Value = "80" }],
        },
        Containers =
        [
            new V1Container
            {
                Name = "web",
                Image = image,
                Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 0 }],
                LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/healthz", Port = 8080 } },
                SecurityContext = new V1SecurityContext
                {
                    Privileged = false,
                    AllowPrivilegeEscalation = false,
                    Capabilities = new V1Capabilities { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] },
                    AppArmorProfile = new V1AppArmorProfile { Type = "RuntimeDefault" },
                    SeLinuxOptions = new V1SELinuxOptions { Type = "container_t", Level = "s0:c1,c2" },
                },
            },
        ],
    };

    public static V1PodSpec Tuned(string image) => new() // expect: K8S0203, K8S0205
    {
        AutomountServiceAccountToken = false,
        SecurityContext = new V1PodSecurityContext
        {
            Sysctls = [new V1Sysctl { Name = "net.core.somaxconn", Value = "4096" }], // expect: K8S0111
        },
        Containers =
        [
            new V1Container // expect: K8S0202, K8S0206
            {
                Name = "proxy",
                Image = image,
                ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Host = "127.0.0.1", Port = 15021 } }, // expect: K8S0112
            },
        ],
    };

#pragma warning disable K8S0103 // The node debugger is privileged by design and only runs on demand.
    public static V1SecurityContext DebuggerContext() => new() { Privileged = true };
#pragma warning restore K8S0103
}
