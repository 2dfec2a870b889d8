// An operator written against KubernetesClient 7-17, before the models became records.
using System.Collections.Generic;
using k8s.Models;

namespace Corpus.Legacy;

public class LegacyOperator
{
    private static IList<V1Container> Containers(string image) => new List<V1Container> { new V1Container("app", image: image) }; // expect: K8S0202, K8S0206

    public V1Pod Hardened(string name, string image) =>
        new V1Pod("v1", "Pod", new V1ObjectMeta(name: name), new V1PodSpec(Containers(image), automountServiceAccountToken: false)); // miss: K8S0203, K8S0205 (containers from a call)

    public V1Pod Positional(string image) =>
        new V1Pod(spec: new V1PodSpec(Containers(image), null, null, false)); // miss: K8S0203, K8S0205 (containers from a call)

    public V1Pod Unhardened(string image) =>
        new V1Pod(metadata: new V1ObjectMeta(name: "legacy-web"), spec: new V1PodSpec(Containers(image), restartPolicy: "Always")); // expect: K8S0001 // miss: K8S0203, K8S0205 (containers from a call)

    public V1PodSpec ExplicitNull(string image) =>
        new V1PodSpec(Containers(image), automountServiceAccountToken: null); // expect: K8S0001 // miss: K8S0203, K8S0205 (containers from a call)

    public V1PodSpec ApiClient(string image) =>
        new V1PodSpec(Containers(image), automountServiceAccountToken: true, serviceAccountName: "legacy-operator"); // miss: K8S0203, K8S0205 (containers from a call)

    public V1PodSpec ApiClientOnDefault(string image) =>
        new V1PodSpec(Containers(image), automountServiceAccountToken: true); // expect: K8S0003 // miss: K8S0203, K8S0205 (containers from a call)
}
