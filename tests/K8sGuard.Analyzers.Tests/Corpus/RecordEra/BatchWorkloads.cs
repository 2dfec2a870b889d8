// Batch jobs that run as the platform's batch account and leave the token to it.
using Corpus.Accounts;
using k8s.Models;

namespace Corpus.Batch;

public static class BatchWorkloads
{
    public static V1Job Reindex() => new()
    {
        Metadata = new V1ObjectMeta { Name = "reindex", NamespaceProperty = PlatformAccounts.JobsNamespace },
        Spec = new V1JobSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0203, K8S0205
                {
                    ServiceAccountName = PlatformAccounts.BatchRunner,
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "reindex", Image = "search/reindex:2" }], // expect: K8S0202, K8S0206
                },
            },
        },
    };

    // Same account name, but in another namespace the account is not the platform's.
    public static V1Job ExportInAnalytics() => new()
    {
        Metadata = new V1ObjectMeta { Name = "export", NamespaceProperty = "analytics" },
        Spec = new V1JobSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0001, K8S0203, K8S0205
                {
                    ServiceAccountName = PlatformAccounts.BatchRunner,
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "export", Image = "analytics/export:1" }], // expect: K8S0202, K8S0206
                },
            },
        },
    };

    public static V1Job Report() => new()
    {
        Metadata = new V1ObjectMeta { Name = "report", NamespaceProperty = PlatformAccounts.JobsNamespace },
        Spec = new V1JobSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0001, K8S0203, K8S0205
                {
                    ServiceAccountName = "reporting",
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "report", Image = "analytics/report:1" }], // expect: K8S0202, K8S0206
                },
            },
        },
    };
}
