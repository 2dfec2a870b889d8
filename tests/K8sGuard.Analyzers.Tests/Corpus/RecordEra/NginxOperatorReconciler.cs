// A reconciler in the style of KubernetesClient operator samples: it renders the objects for an
// "Nginx" custom resource and hands them to the API server.
using k8s.Models;

namespace Corpus.Operators;

public sealed record NginxSpec(string Name, string Namespace, string Image, int Replicas, bool ExposeMetrics);

public sealed class NginxReconciler
{
    public IReadOnlyList<object> Render(NginxSpec nginx)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = nginx.Name };
        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = nginx.Name, NamespaceProperty = nginx.Namespace, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = nginx.Replicas,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec // miss: K8S0205 (`??=` in PodSecurity.Apply not followed)
                    {
                        Containers =
                        [
                            new V1Container // expect: K8S0202, K8S0206
                            {
                                Name = "nginx",
                                Image = nginx.Image,
                                Ports = [new V1ContainerPort { ContainerPort = 80 }],
                            },
                        ],
                    },
                },
            },
        };
        PodSecurity.Apply(deployment);

        var service = new V1Service
        {
            Metadata = new V1ObjectMeta { Name = nginx.Name, NamespaceProperty = nginx.Namespace },
            Spec = new V1ServiceSpec { Selector = labels, Ports = [new V1ServicePort { Port = 80 }] },
        };

        var objects = new List<object> { deployment, service };
        if (nginx.ExposeMetrics)
        {
            objects.Add(MetricsExporter(nginx, labels));
        }

        return objects;
    }

    // The exporter was added later and nobody ran it through PodSecurity.
    private static V1Deployment MetricsExporter(NginxSpec nginx, IDictionary<string, string> labels) => new()
    {
        Metadata = new V1ObjectMeta { Name = nginx.Name + "-exporter", NamespaceProperty = nginx.Namespace },
        Spec = new V1DeploymentSpec
        {
            Selector = new V1LabelSelector { MatchLabels = labels },
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0001, K8S0203, K8S0205
                {
                    Containers = [new V1Container { Name = "exporter", Image = "nginx/nginx-prometheus-exporter:1.1" }], // expect: K8S0202, K8S0206
                },
            },
        },
    };
}

public static class PodSecurity
{
    public static void Apply(V1Deployment deployment)
    {
        var pod = deployment.Spec.Template.Spec;
        pod.SecurityContext ??= new V1PodSecurityContext { RunAsNonRoot = true };
        deployment.Spec.Template.Spec.AutomountServiceAccountToken = false;
    }
}
