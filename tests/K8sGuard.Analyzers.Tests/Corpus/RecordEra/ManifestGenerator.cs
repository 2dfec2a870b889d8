// A manifest generator: reads a list of services from configuration and renders one workload each.
using k8s.Models;

namespace Corpus.Generators;

public enum WorkloadKind
{
    Web,
    Worker,
    Batch,
}

public sealed record ServiceConfig(string Name, string Image, WorkloadKind Kind, bool NeedsApi);

public static class ManifestGenerator
{
    public static IEnumerable<V1Deployment> Deployments(IEnumerable<ServiceConfig> services) =>
        services
            .Where(s => s.Kind != WorkloadKind.Batch)
            .Select(s => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = s.Name },
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = s.Name } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec // expect: K8S0203, K8S0205
                        {
                            ServiceAccountName = s.NeedsApi ? s.Name : null,
                            AutomountServiceAccountToken = s.NeedsApi,
                            Containers = [new V1Container { Name = s.Name, Image = s.Image }], // expect: K8S0202, K8S0206
                        },
                    },
                },
            });

    public static IEnumerable<V1Job> Jobs(IEnumerable<ServiceConfig> services) =>
        from s in services
        where s.Kind == WorkloadKind.Batch
        select new V1Job
        {
            Metadata = new V1ObjectMeta { Name = s.Name },
            Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = PodFor(s) } },
        };

    private static V1PodSpec PodFor(ServiceConfig service) => service.Kind switch
    {
        WorkloadKind.Batch => new V1PodSpec { RestartPolicy = "Never", Containers = [Container(service)] }, // expect: K8S0001 // miss: K8S0203, K8S0205 (containers from a call)
        _ => new V1PodSpec { AutomountServiceAccountToken = false, Containers = [Container(service)] }, // miss: K8S0203, K8S0205 (containers from a call)
    };

    private static V1Container Container(ServiceConfig service) => new() { Name = service.Name, Image = service.Image }; // expect: K8S0202, K8S0206
}
