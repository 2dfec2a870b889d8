using k8s.Models;

namespace OperatorSample;

/// <summary>Builds the objects the shop operator reconciles.</summary>
public sealed class ShopWorkloads
{
    private const string FrontendName = "storefront";

    private readonly string _namespace;
    private readonly string _image;

    public ShopWorkloads(string @namespace, string image)
    {
        _namespace = @namespace;
        _image = image;
    }

    public IEnumerable<object> All() =>
    [
        Storefront(),
        Controller(),
        Migration(),
        NightlyReport(),
        DebugPod(),
        Reindex(),
        MetricsScraper(),
        ShopNodeAgent.Create(_namespace, _image),
    ];

    /// <summary>Not hardened: K8S0001 "Pod spec of Deployment 'storefront'".</summary>
    public V1Deployment Storefront() => new()
    {
        Metadata = new V1ObjectMeta { Name = FrontendName, NamespaceProperty = _namespace },
        Spec = new V1DeploymentSpec
        {
            Replicas = 3,
            Selector = new V1LabelSelector { MatchLabels = Labels(FrontendName) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(FrontendName) },
                Spec = new V1PodSpec
                {
                    Containers = [Container("web", "serve")],
                },
            },
        },
    };

    /// <summary>The controller watches the API server: it keeps the token on purpose.</summary>
    public V1Deployment Controller() => new()
    {
        Metadata = new V1ObjectMeta { Name = "shop-controller", NamespaceProperty = _namespace },
        Spec = new V1DeploymentSpec
        {
            Selector = new V1LabelSelector { MatchLabels = Labels("shop-controller") },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels("shop-controller") },
                Spec = new V1PodSpec
                {
                    ServiceAccountName = ShopAccess.ControllerAccount,
                    AutomountServiceAccountToken = true,
                    Containers = [Container("controller", "reconcile")],
                },
            },
        },
    };

    /// <summary>Hardened: the database migration never talks to the API server.</summary>
    public V1Job Migration() => new()
    {
        Metadata = new V1ObjectMeta { Name = "shop-migrate", NamespaceProperty = _namespace },
        Spec = new V1JobSpec
        {
            BackoffLimit = 2,
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    RestartPolicy = "Never",
                    Containers = [Container("migrate", "migrate")],
                },
            },
        },
    };

    /// <summary>Not hardened: K8S0001 "Pod spec of CronJob 'nightly-report'".</summary>
    public V1CronJob NightlyReport() => new()
    {
        Metadata = new() { Name = "nightly-report", NamespaceProperty = _namespace },
        Spec = new()
        {
            Schedule = "0 2 * * *",
            JobTemplate = new()
            {
                Spec = new()
                {
                    Template = new()
                    {
                        Spec = new() { RestartPolicy = "OnFailure", Containers = [Container("report", "report")] },
                    },
                },
            },
        },
    };

    /// <summary>Hardened after creation, through the pod that holds the spec.</summary>
    public V1Pod DebugPod()
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "shop-debug", NamespaceProperty = _namespace },
            Spec = new V1PodSpec { Containers = [Container("debug", "sleep")] },
        };
        pod.Spec.AutomountServiceAccountToken = false;
        return pod;
    }

    /// <summary>Relies on its ServiceAccount, which turns the token off: no K8S0001.</summary>
    public V1Job Reindex() => new()
    {
        Metadata = new V1ObjectMeta { Name = "shop-reindex", NamespaceProperty = "shop" },
        Spec = new V1JobSpec
        {
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec
                {
                    ServiceAccountName = ShopAccess.BatchAccount,
                    RestartPolicy = "Never",
                    Containers = [Container("reindex", "reindex")],
                },
            },
        },
    };

    /// <summary>Mounts the token of the namespace's default account: K8S0003 "Pod spec of Deployment 'metrics-scraper'".</summary>
    public V1Deployment MetricsScraper() => new()
    {
        Metadata = new V1ObjectMeta { Name = "metrics-scraper", NamespaceProperty = _namespace },
        Spec = new V1DeploymentSpec
        {
            Selector = new V1LabelSelector { MatchLabels = Labels("metrics-scraper") },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels("metrics-scraper") },
                Spec = new V1PodSpec
                {
                    AutomountServiceAccountToken = true,
                    Containers = [Container("scraper", "scrape")],
                },
            },
        },
    };

    private V1Container Container(string name, string command) => new()
    {
        Name = name,
        Image = _image,
        Args = [command],
    };

    private static Dictionary<string, string> Labels(string app) => new() { ["app.kubernetes.io/name"] = app };
}
