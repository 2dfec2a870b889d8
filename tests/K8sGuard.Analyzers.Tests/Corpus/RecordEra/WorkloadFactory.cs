// StatefulSets and DaemonSets finished by later assignments through the parent.
using k8s.Models;

namespace Corpus.Factories;

public static class WorkloadFactory
{
    public static V1StatefulSet Database(string name)
    {
        var statefulSet = new V1StatefulSet
        {
            Metadata = new V1ObjectMeta { Name = name },
            Spec = new V1StatefulSetSpec
            {
                ServiceName = name,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["db"] = name } },
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "db", Image = "postgres:16" }] } }, // expect: K8S0202, K8S0203, K8S0205, K8S0206
            },
        };
        statefulSet.Spec.Template.Spec.AutomountServiceAccountToken = false;
        return statefulSet;
    }

    public static V1DaemonSet LogShipper()
    {
        var daemonSet = new V1DaemonSet
        {
            Metadata = new V1ObjectMeta { Name = "log-shipper" },
            Spec = new V1DaemonSetSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "log-shipper" } },
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "shipper", Image = "fluent-bit:3" }] } }, // expect: K8S0001, K8S0202, K8S0203, K8S0205, K8S0206
            },
        };
        daemonSet.Spec.Template.Metadata ??= new V1ObjectMeta();
        return daemonSet;
    }

    public static V1ReplicaSet Canary(V1PodSpec template)
    {
        var replicaSet = new V1ReplicaSet { Spec = new V1ReplicaSetSpec { Template = new V1PodTemplateSpec { Spec = template } } };
        replicaSet.Spec.Template.Spec.AutomountServiceAccountToken = false;
        return replicaSet;
    }
}
