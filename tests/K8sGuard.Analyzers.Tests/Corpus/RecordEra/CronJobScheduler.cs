// Cron jobs whose pod spec is prepared in a local first.
using k8s.Models;

namespace Corpus.Scheduling;

public static class CronJobScheduler
{
    public static V1CronJob Backup(string database)
    {
        var podSpec = new V1PodSpec // expect: K8S0203, K8S0205
        {
            RestartPolicy = "OnFailure",
            Containers = [new V1Container { Name = "backup", Image = "backup:1", Args = [database] }], // expect: K8S0202, K8S0206
        };
        var cronJob = new V1CronJob
        {
            Metadata = new V1ObjectMeta { Name = $"backup-{database}" },
            Spec = new V1CronJobSpec
            {
                Schedule = "0 1 * * *",
                JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = podSpec } } },
            },
        };
        cronJob.Spec.JobTemplate.Spec.Template.Spec.AutomountServiceAccountToken = false;
        return cronJob;
    }

    public static V1CronJob Vacuum(string database, bool verbose)
    {
        var podSpec = new V1PodSpec { RestartPolicy = "OnFailure", Containers = [] };
        podSpec.AutomountServiceAccountToken = false;
        if (verbose)
        {
            // Replaced by a fresh spec that nobody hardens.
            podSpec = new V1PodSpec { RestartPolicy = "OnFailure", Containers = [new V1Container { Name = "vacuum", Args = ["-v"] }] }; // expect: K8S0001, K8S0202, K8S0203, K8S0205, K8S0206
        }

        return new V1CronJob
        {
            Metadata = new V1ObjectMeta { Name = $"vacuum-{database}" },
            Spec = new V1CronJobSpec { Schedule = "0 4 * * 0", JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = podSpec } } } },
        };
    }
}
