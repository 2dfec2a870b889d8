// Fluent builders that keep the spec in a field, as many operator libraries do.
using k8s.Models;

namespace Corpus.Builders;

public sealed class HardenedPodSpecBuilder
{
    private readonly V1PodSpec _spec = new() { Containers = new List<V1Container>() }; // miss: K8S0203, K8S0205 (containers added by builder methods)

    public HardenedPodSpecBuilder WithContainer(string name, string image)
    {
        _spec.Containers.Add(new V1Container { Name = name, Image = image }); // expect: K8S0202, K8S0206
        return this;
    }

    public HardenedPodSpecBuilder WithoutApiAccess()
    {
        _spec.AutomountServiceAccountToken = false;
        return this;
    }

    public V1PodSpec Build() => _spec;
}

public sealed class LegacyPodBuilder
{
    private readonly V1Pod _pod;

    public LegacyPodBuilder(string name)
    {
        _pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = name },
            Spec = new V1PodSpec { Containers = new List<V1Container>() }, // expect: K8S0001 // miss: K8S0203, K8S0205 (containers added by builder methods)
        };
    }

    public LegacyPodBuilder WithContainer(string name, string image)
    {
        _pod.Spec.Containers.Add(new V1Container { Name = name, Image = image }); // expect: K8S0202, K8S0206
        return this;
    }

    public V1Pod Build() => _pod;
}

public sealed class TemplateBuilder
{
    public V1PodTemplateSpec Template { get; } = new() { Spec = new V1PodSpec { Containers = [] } };

    public TemplateBuilder RunAs(string account, bool callsApi)
    {
        Template.Spec.ServiceAccountName = account;
        Template.Spec.AutomountServiceAccountToken = callsApi;
        return this;
    }
}
