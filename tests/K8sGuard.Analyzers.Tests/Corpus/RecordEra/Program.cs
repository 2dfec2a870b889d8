// A small CLI that prints the manifests of a debug pod and a hardened toolbox pod.
using k8s;
using k8s.Models;

var debug = new V1Pod
{
    Metadata = new V1ObjectMeta { Name = "debug-shell" },
    Spec = new V1PodSpec // expect: K8S0001, K8S0203, K8S0205
    {
        Containers = [new V1Container { Name = "shell", Image = "busybox", Command = ["sleep", "3600"] }], // expect: K8S0202, K8S0206
    },
};

var toolbox = new V1Pod
{
    Metadata = new V1ObjectMeta { Name = "toolbox" },
    Spec = new V1PodSpec { Containers = [new V1Container { Name = "tools", Image = "alpine" }] }, // expect: K8S0202, K8S0203, K8S0205, K8S0206
};
toolbox.Spec.AutomountServiceAccountToken = false;

foreach (var pod in new[] { debug, toolbox })
{
    Console.WriteLine(KubernetesYaml.Serialize(pod));
}
