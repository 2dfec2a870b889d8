namespace K8sGuard.Analyzers.Tests.Stubs;

/// <summary>
/// A source stub of KubernetesClient before v18 (the class era): partial classes in <c>k8s.Models</c> with a
/// parameterless constructor and a full constructor whose parameters are the camelCase property names,
/// required ones first, optional ones defaulting to null in schema order. The real class-era package cannot
/// be referenced in the same compilation as the record-era one, so these shapes are declared here.
/// </summary>
internal static class ClassEraKubernetesClient
{
    public const string Source = """
        namespace k8s.Models
        {
            using System.Collections.Generic;

            public partial class V1ObjectMeta
            {
                public V1ObjectMeta() { }
                public V1ObjectMeta(IDictionary<string, string> annotations = null, IDictionary<string, string> labels = null, string name = null, string namespaceProperty = null) { Annotations = annotations; Labels = labels; Name = name; NamespaceProperty = namespaceProperty; }
                public IDictionary<string, string> Annotations { get; set; }
                public IDictionary<string, string> Labels { get; set; }
                public string Name { get; set; }
                public string NamespaceProperty { get; set; }
            }

            public partial class V1Container
            {
                public V1Container() { }
                public V1Container(string name, IList<string> args = null, IList<string> command = null, string image = null) { Name = name; Args = args; Command = command; Image = image; }
                public string Name { get; set; }
                public IList<string> Args { get; set; }
                public IList<string> Command { get; set; }
                public string Image { get; set; }
            }

            public partial class V1Affinity { }
            public partial class V1PodDNSConfig { }
            public partial class V1Volume { }

            public partial class V1PodSpec
            {
                public V1PodSpec() { }
                public V1PodSpec(IList<V1Container> containers, long? activeDeadlineSeconds = null, V1Affinity affinity = null, bool? automountServiceAccountToken = null, V1PodDNSConfig dnsConfig = null, string dnsPolicy = null, bool? enableServiceLinks = null, bool? hostNetwork = null, string nodeName = null, string restartPolicy = null, string serviceAccount = null, string serviceAccountName = null, IList<V1Volume> volumes = null)
                {
                    Containers = containers; ActiveDeadlineSeconds = activeDeadlineSeconds; Affinity = affinity; AutomountServiceAccountToken = automountServiceAccountToken; DnsConfig = dnsConfig; DnsPolicy = dnsPolicy; EnableServiceLinks = enableServiceLinks; HostNetwork = hostNetwork; NodeName = nodeName; RestartPolicy = restartPolicy; ServiceAccount = serviceAccount; ServiceAccountName = serviceAccountName; Volumes = volumes;
                }
                public IList<V1Container> Containers { get; set; }
                public long? ActiveDeadlineSeconds { get; set; }
                public V1Affinity Affinity { get; set; }
                public bool? AutomountServiceAccountToken { get; set; }
                public V1PodDNSConfig DnsConfig { get; set; }
                public string DnsPolicy { get; set; }
                public bool? EnableServiceLinks { get; set; }
                public bool? HostNetwork { get; set; }
                public string NodeName { get; set; }
                public string RestartPolicy { get; set; }
                public string ServiceAccount { get; set; }
                public string ServiceAccountName { get; set; }
                public IList<V1Volume> Volumes { get; set; }
            }

            public partial class V1LocalObjectReference { }
            public partial class V1ObjectReference { }

            public partial class V1ServiceAccount
            {
                public V1ServiceAccount() { }
                public V1ServiceAccount(string apiVersion = null, bool? automountServiceAccountToken = null, IList<V1LocalObjectReference> imagePullSecrets = null, string kind = null, V1ObjectMeta metadata = null, IList<V1ObjectReference> secrets = null) { ApiVersion = apiVersion; AutomountServiceAccountToken = automountServiceAccountToken; ImagePullSecrets = imagePullSecrets; Kind = kind; Metadata = metadata; Secrets = secrets; }
                public string ApiVersion { get; set; }
                public bool? AutomountServiceAccountToken { get; set; }
                public IList<V1LocalObjectReference> ImagePullSecrets { get; set; }
                public string Kind { get; set; }
                public V1ObjectMeta Metadata { get; set; }
                public IList<V1ObjectReference> Secrets { get; set; }
            }

            public partial class V1Pod
            {
                public V1Pod() { }
                public V1Pod(string apiVersion = null, string kind = null, V1ObjectMeta metadata = null, V1PodSpec spec = null, object status = null) { ApiVersion = apiVersion; Kind = kind; Metadata = metadata; Spec = spec; }
                public string ApiVersion { get; set; }
                public string Kind { get; set; }
                public V1ObjectMeta Metadata { get; set; }
                public V1PodSpec Spec { get; set; }
            }

            public partial class V1PodTemplateSpec
            {
                public V1PodTemplateSpec() { }
                public V1PodTemplateSpec(V1ObjectMeta metadata = null, V1PodSpec spec = null) { Metadata = metadata; Spec = spec; }
                public V1ObjectMeta Metadata { get; set; }
                public V1PodSpec Spec { get; set; }
            }

            public partial class V1LabelSelector
            {
                public V1LabelSelector() { }
                public V1LabelSelector(IDictionary<string, string> matchLabels = null) { MatchLabels = matchLabels; }
                public IDictionary<string, string> MatchLabels { get; set; }
            }

            public partial class V1DeploymentSpec
            {
                public V1DeploymentSpec() { }
                public V1DeploymentSpec(V1LabelSelector selector, V1PodTemplateSpec template, int? replicas = null) { Selector = selector; Template = template; Replicas = replicas; }
                public V1LabelSelector Selector { get; set; }
                public V1PodTemplateSpec Template { get; set; }
                public int? Replicas { get; set; }
            }

            public partial class V1Deployment
            {
                public V1Deployment() { }
                public V1Deployment(string apiVersion = null, string kind = null, V1ObjectMeta metadata = null, V1DeploymentSpec spec = null, object status = null) { ApiVersion = apiVersion; Kind = kind; Metadata = metadata; Spec = spec; }
                public string ApiVersion { get; set; }
                public string Kind { get; set; }
                public V1ObjectMeta Metadata { get; set; }
                public V1DeploymentSpec Spec { get; set; }
            }

            public partial class V1JobSpec
            {
                public V1JobSpec() { }
                public V1JobSpec(V1PodTemplateSpec template, int? backoffLimit = null) { Template = template; BackoffLimit = backoffLimit; }
                public V1PodTemplateSpec Template { get; set; }
                public int? BackoffLimit { get; set; }
            }

            public partial class V1Job
            {
                public V1Job() { }
                public V1Job(string apiVersion = null, string kind = null, V1ObjectMeta metadata = null, V1JobSpec spec = null, object status = null) { ApiVersion = apiVersion; Kind = kind; Metadata = metadata; Spec = spec; }
                public string ApiVersion { get; set; }
                public string Kind { get; set; }
                public V1ObjectMeta Metadata { get; set; }
                public V1JobSpec Spec { get; set; }
            }
        }
        """;
}
