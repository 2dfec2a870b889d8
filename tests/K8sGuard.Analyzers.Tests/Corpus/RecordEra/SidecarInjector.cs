// A mutating webhook: it only changes pods it receives, it never creates pod specs.
using k8s.Models;

namespace Corpus.Webhooks;

public static class SidecarInjector
{
    public static V1Pod Inject(V1Pod pod, string proxyImage)
    {
        var containers = new List<V1Container>(pod.Spec.Containers) { new V1Container { Name = "proxy", Image = proxyImage } }; // expect: K8S0202, K8S0206
        return pod with { Spec = pod.Spec with { Containers = containers } };
    }

    public static bool NeedsInjection(V1Pod pod) =>
        pod.Spec.Containers.All(c => c.Name != "proxy") && pod.Spec.AutomountServiceAccountToken != true;
}
