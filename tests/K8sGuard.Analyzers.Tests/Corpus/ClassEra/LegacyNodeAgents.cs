// Class-era node agents: constructors with named and positional arguments, as KubernetesClient up to v17 generated them.
using System.Collections.Generic;
using k8s.Models;

namespace Corpus.Legacy;

public static class LegacyNodeAgents
{
    public static V1PodSpec Exporter(string image) => new V1PodSpec( // expect: K8S0203
        new List<V1Container>
        {
            new V1Container( // expect: K8S0202, K8S0206
                "node-exporter",
                image: image,
                ports: new List<V1ContainerPort> { new V1ContainerPort(9100, hostPort: 9100) }, // expect: K8S0106
                securityContext: new V1SecurityContext(privileged: false, seccompProfile: new V1SeccompProfile("RuntimeDefault"))),
        },
        automountServiceAccountToken: false,
        hostNetwork: true, // expect: K8S0102
        hostPID: true, // expect: K8S0102
        volumes: new List<V1Volume> { new V1Volume("proc", hostPath: new V1HostPathVolumeSource("/proc")) }); // expect: K8S0105

    public static V1SecurityContext Unconfined() => new V1SecurityContext(
        appArmorProfile: new V1AppArmorProfile("Unconfined"), // expect: K8S0107
        seLinuxOptions: new V1SELinuxOptions(type: "container_t"));
}
