// Records and `with`: shared defaults copied into each workload.
using k8s.Models;

namespace Corpus.Defaults;

public static class DeploymentDefaults
{
    public static readonly V1PodSpec Base = new()
    {
        AutomountServiceAccountToken = false,
        EnableServiceLinks = false,
        Containers = [],
    };

    public static V1PodSpec ForImage(string image) => Base with // miss: K8S0203, K8S0205 (a copy made with `with`)
    {
        Containers = [new V1Container { Name = "app", Image = image }], // expect: K8S0202, K8S0206
    };

    public static V1PodSpec Sealed(string image) =>
        new V1PodSpec { Containers = [new V1Container { Name = "app", Image = image }] } with { AutomountServiceAccountToken = false }; // expect: K8S0202, K8S0203, K8S0205, K8S0206

    public static V1PodSpec Debug(string image) =>
        new V1PodSpec { Containers = [new V1Container { Name = "debug", Image = image }] } with { HostNetwork = false }; // expect: K8S0001, K8S0202, K8S0203, K8S0205, K8S0206

    public static V1Pod Copy(V1Pod pod) => pod with { Metadata = new V1ObjectMeta { Name = pod.Metadata.Name + "-copy" } };
}
