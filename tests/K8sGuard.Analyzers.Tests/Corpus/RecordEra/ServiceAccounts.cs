// The service accounts the platform creates; batch workloads rely on them for token policy.
using k8s.Models;

namespace Corpus.Accounts;

public static class PlatformAccounts
{
    public const string BatchRunner = "batch-runner";
    public const string JobsNamespace = "jobs";

    public static V1ServiceAccount Batch() => new()
    {
        Metadata = new V1ObjectMeta { Name = BatchRunner, NamespaceProperty = JobsNamespace },
        AutomountServiceAccountToken = false,
    };

    public static V1ServiceAccount Reporting() => new V1ServiceAccount // expect: K8S0002
    {
        Metadata = new V1ObjectMeta { Name = "reporting", NamespaceProperty = JobsNamespace },
    };
}
