// Test fixtures: factories that build objects for unit tests of an operator.
using k8s.Models;

namespace Corpus.Tests;

public static class Fixtures
{
    public static V1Pod Pod(string name, string @namespace = "default") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
        // Not reported: this corpus builds an executable, so its one caller (HardenedPod, below) is every caller, and it sets the flag.
        Spec = new() { Containers = [new V1Container { Name = "app", Image = "app:test" }] }, // expect: K8S0202, K8S0203, K8S0205, K8S0206
    };

#pragma warning disable K8S0001 // Fixture of a controller pod: it keeps the token on purpose.
    public static V1Pod ControllerPod() => new() { Spec = new V1PodSpec { Containers = [] } };
#pragma warning restore K8S0001

    public static V1Pod HardenedPod(string name)
    {
        var pod = Pod(name);
        pod.Spec.AutomountServiceAccountToken = false;
        return pod;
    }

    public static V1PodSpec ReadSpec(V1Pod pod) => pod.Spec;
}
