// Provisions a workload per tenant; specs can come from a tenant template or a fallback.
using k8s.Models;

namespace Corpus.Tenants;

public sealed record Tenant(string Name, V1PodSpec? CustomSpec, bool Isolated);

public static class TenantProvisioner
{
    public static IEnumerable<V1Deployment> Provision(IEnumerable<Tenant> tenants)
    {
        foreach (var tenant in tenants)
        {
            var spec = tenant.CustomSpec ?? new V1PodSpec { Containers = [new V1Container { Name = "app", Image = "tenant-app:3" }] }; // expect: K8S0001, K8S0202, K8S0203, K8S0205, K8S0206
            yield return new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = tenant.Name, NamespaceProperty = tenant.Name },
                Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = spec } },
            };
        }
    }

    public static V1PodSpec Sandbox(Tenant tenant) => tenant.Isolated
        ? new V1PodSpec { AutomountServiceAccountToken = false, Containers = [] }
        : new V1PodSpec { Containers = [] }; // expect: K8S0001
}
