// A Pulumi stack for a web application, in the style of Pulumi's Kubernetes examples.
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Kubernetes = Pulumi.Kubernetes;

namespace Corpus.Pulumi;

public sealed class WebStack
{
    public WebStack()
    {
        var appLabels = new InputMap<string> { { "app", "web" } };

        var frontend = new Kubernetes.Apps.V1.Deployment("frontend", new DeploymentArgs
        {
            Metadata = new ObjectMetaArgs { Name = "frontend", Namespace = "web" },
            Spec = new DeploymentSpecArgs
            {
                Selector = new LabelSelectorArgs { MatchLabels = appLabels },
                Replicas = 2,
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs { Labels = appLabels },
                    Spec = new PodSpecArgs // expect: K8S0001, K8S0203, K8S0205
                    {
                        Containers = { new ContainerArgs { Name = "frontend", Image = "nginx:1.27" } }, // expect: K8S0202, K8S0206
                    },
                },
            },
        });

        var apiAccount = new Kubernetes.Core.V1.ServiceAccount("api", new ServiceAccountArgs
        {
            Metadata = new ObjectMetaArgs { Namespace = "web" },
            AutomountServiceAccountToken = false,
        });

        var api = new Kubernetes.Apps.V1.Deployment("api", new()
        {
            Metadata = new ObjectMetaArgs { Name = "api", Namespace = "web" },
            Spec = new DeploymentSpecArgs
            {
                Selector = new LabelSelectorArgs { MatchLabels = appLabels },
                Template = new PodTemplateSpecArgs
                {
                    Spec = new PodSpecArgs // expect: K8S0203, K8S0205
                    {
                        ServiceAccountName = apiAccount.Metadata.Apply(m => m.Name),
                        Containers = { new ContainerArgs { Name = "api", Image = "api:5" } }, // expect: K8S0202, K8S0206
                    },
                },
            },
        });

        var patch = new Kubernetes.Apps.V1.DeploymentPatch("frontend-replicas", new DeploymentPatchArgs
        {
            Spec = new DeploymentSpecPatchArgs { Template = new PodTemplateSpecPatchArgs { Spec = new PodSpecPatchArgs { ServiceAccountName = "web" } } },
        });
    }
}
