// A Pulumi stack for scheduled work.
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Corpus.Pulumi;

public sealed class BatchStack
{
    private const string Namespace = "batch";

    public BatchStack(bool apiAccess)
    {
        new global::Pulumi.Kubernetes.Core.V1.ServiceAccount("reports", new ServiceAccountArgs // expect: K8S0002
        {
            Metadata = new ObjectMetaArgs { Name = "reports", Namespace = Namespace },
        });

        new global::Pulumi.Kubernetes.Batch.V1.CronJob("nightly", new CronJobArgs
        {
            Metadata = new ObjectMetaArgs { Name = "nightly", Namespace = Namespace },
            Spec = new CronJobSpecArgs
            {
                Schedule = "0 2 * * *",
                JobTemplate = new JobTemplateSpecArgs
                {
                    Spec = new JobSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs // expect: K8S0203, K8S0205
                            {
                                AutomountServiceAccountToken = false,
                                RestartPolicy = "OnFailure",
                                Containers = { new ContainerArgs { Name = "nightly", Image = "jobs:1" } }, // expect: K8S0202, K8S0206
                            },
                        },
                    },
                },
            },
        });

        new global::Pulumi.Kubernetes.Batch.V1.Job("reports", new JobArgs
        {
            Metadata = new ObjectMetaArgs { Name = "reports", Namespace = Namespace },
            Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { ServiceAccountName = "reports", RestartPolicy = "Never" } } }, // expect: K8S0001
        });

        new global::Pulumi.Kubernetes.Batch.V1.Job("sync", new JobArgs
        {
            Metadata = new ObjectMetaArgs { Name = "sync", Namespace = Namespace },
            Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { AutomountServiceAccountToken = true } } }, // expect: K8S0003
        });

        new global::Pulumi.Kubernetes.Batch.V1.Job("configurable", new JobArgs
        {
            Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { AutomountServiceAccountToken = apiAccess, ServiceAccountName = "sync" } } },
        });
    }
}
