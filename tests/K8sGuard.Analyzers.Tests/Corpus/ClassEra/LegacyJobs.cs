// Class-era jobs built with nested constructors and finished through the parent.
using System.Collections.Generic;
using k8s.Models;

namespace Corpus.Legacy;

public static class LegacyJobs
{
    public static V1ServiceAccount MigrationAccount() =>
        new V1ServiceAccount(automountServiceAccountToken: false, metadata: new V1ObjectMeta(name: "migrator", namespaceProperty: "db"));

    public static V1Job Migrate(IList<V1Container> containers)
    {
        var job = new V1Job(
            metadata: new V1ObjectMeta(name: "migrate", namespaceProperty: "db"),
            spec: new V1JobSpec(new V1PodTemplateSpec(spec: new V1PodSpec(containers, restartPolicy: "Never", serviceAccountName: "migrator"))));
        return job;
    }

    public static V1Job Seed(IList<V1Container> containers)
    {
        var job = new V1Job(spec: new V1JobSpec(new V1PodTemplateSpec(spec: new V1PodSpec(containers, restartPolicy: "Never"))));
        job.Spec.Template.Spec.AutomountServiceAccountToken = false;
        return job;
    }

    public static V1Job Verify(IList<V1Container> containers) =>
        new V1Job(metadata: new V1ObjectMeta(name: "verify"), spec: new V1JobSpec(new V1PodTemplateSpec(spec: new V1PodSpec(containers)))); // expect: K8S0001
}
