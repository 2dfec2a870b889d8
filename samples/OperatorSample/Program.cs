using k8s;
using k8s.Models;
using OperatorSample;

// A small "shop" operator: it renders the workloads it manages and prints them as YAML.
// Some pod specs are hardened, some are not: `dotnet build` shows K8S0001 on the latter.
var access = new ShopAccess("shop");
var workloads = new ShopWorkloads("shop", "registry.example.com/shop:1.4.2");
foreach (var manifest in access.All().Concat(workloads.All()))
{
    Console.WriteLine("---");
    Console.WriteLine(KubernetesYaml.Serialize(manifest));
}
