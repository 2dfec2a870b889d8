// Extension-method helpers, as kubectl-like tools write them.
using k8s.Models;

namespace Corpus.Tools;

public static class PodSpecExtensions
{
    public static V1PodSpec WithoutServiceAccountToken(this V1PodSpec spec)
    {
        spec.AutomountServiceAccountToken = false;
        return spec;
    }

    public static V1PodSpec WithToleration(this V1PodSpec spec, string key)
    {
        spec.Tolerations ??= new List<V1Toleration>();
        spec.Tolerations.Add(new V1Toleration { Key = key, OperatorProperty = "Exists" });
        return spec;
    }
}

public static class DebugPodLauncher
{
    public static V1Pod NodeDebugger(string node) => new()
    {
        Metadata = new V1ObjectMeta { GenerateName = "node-debugger-" },
        Spec = new V1PodSpec { NodeName = node, HostPID = true, Containers = [new V1Container { Name = "debugger", Image = "busybox" }] } // expect: K8S0102, K8S0202, K8S0203, K8S0205, K8S0206
            .WithoutServiceAccountToken(),
    };

    public static V1Pod Tolerant(string node) => new()
    {
        Spec = new V1PodSpec { NodeName = node, Containers = [] }.WithToleration("node-role.kubernetes.io/control-plane"), // expect: K8S0001
    };

    public static V1PodTemplate Template() => new()
    {
        Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [] } }, // expect: K8S0001
    };
}
