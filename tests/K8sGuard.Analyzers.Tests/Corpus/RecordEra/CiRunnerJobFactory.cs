// A CI system that runs each build step as a Kubernetes Job. The runner itself talks to the API to
// stream logs and create step jobs; the steps do not.
using k8s.Models;

namespace Corpus.Ci;

public sealed class CiRunnerJobFactory
{
    private const string RunnerAccount = "ci-runner";
    private readonly string _namespace;

    public CiRunnerJobFactory(string @namespace) => _namespace = @namespace;

    public V1Job Runner(string buildId) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"runner-{buildId}", NamespaceProperty = _namespace },
        Spec = new V1JobSpec
        {
            BackoffLimit = 0,
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0203, K8S0205
                {
                    ServiceAccountName = RunnerAccount,
                    AutomountServiceAccountToken = true,
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "runner", Image = "ci/runner:4.2" }], // expect: K8S0202, K8S0206
                },
            },
        },
    };

    public V1Job Step(string buildId, string image, IList<string> command) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"step-{buildId}", NamespaceProperty = _namespace },
        Spec = new V1JobSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec // expect: K8S0001, K8S0203, K8S0205
                {
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "step", Image = image, Command = command }], // expect: K8S0202, K8S0206
                },
            },
        },
    };

    // Cleanup deletes finished jobs through the API, but someone forgot to give it its own account.
    public V1CronJob Cleanup() => new()
    {
        Metadata = new V1ObjectMeta { Name = "ci-cleanup", NamespaceProperty = _namespace },
        Spec = new V1CronJobSpec
        {
            Schedule = "*/30 * * * *",
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec // expect: K8S0003, K8S0203, K8S0205
                        {
                            AutomountServiceAccountToken = true,
                            RestartPolicy = "OnFailure",
                            Containers = [new V1Container { Name = "cleanup", Image = "bitnami/kubectl:1.30" }], // expect: K8S0202, K8S0206
                        },
                    },
                },
            },
        },
    };
}
