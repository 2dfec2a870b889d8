namespace K8sGuard.Tests.Shared;

/// <summary>
/// A source stub of the public API of <c>Aspire.Hosting.Kubernetes</c>, which the package registry here does not
/// serve; <c>Aspire.Hosting</c> itself is served and the stub compiles against the real package (13.6.5). It mirrors
/// microsoft/aspire <c>src/Aspire.Hosting.Kubernetes</c> at commit 59d405ff5a491bb191b1af881f2f657465521b3f (main,
/// 2026-08-21, versioned 13.6.0; the 13.6.5 packages were built from b33d222049f1ecc3bc7257ec07b622fe550b2580, which
/// is not stored, and no 13.6 tag or branch is): the <c>*.cs</c> sources, since the published listing
/// <c>api/Aspire.Hosting.Kubernetes.cs</c> there lags them (it lacks the projected-volume types and the nullable
/// <c>PersistentVolumeClaimSpecV1</c>/<c>StatefulSetSpecV1</c> members). Mirrored exactly (namespaces, type and
/// member names, member types, nullability, get-only lists with <c>= []</c>, get/set/init, generic constraints,
/// <c>[Experimental("ASPIRECOMPUTE002")]</c>): in <c>Aspire.Hosting</c>, <c>KubernetesEnvironmentExtensions</c>
/// (<c>AddKubernetesEnvironment</c>, <c>WithProperties</c>, <c>WithHelm</c>, <c>WithDashboard</c>, node pools),
/// <c>KubernetesServiceExtensions.PublishAsKubernetesService&lt;T&gt;</c>, <c>KubernetesPersistentVolumeExtensions</c>,
/// <c>KubernetesAspireDashboardResourceBuilderExtensions</c>; in <c>Aspire.Hosting.Kubernetes</c>, the environment
/// resource, <c>KubernetesResource</c> (the publish callback's parameter), its customization annotation,
/// <c>HelmChartOptions</c>, the dashboard, node-pool and persistent-volume resources; in
/// <c>Aspire.Hosting.Kubernetes.Resources</c>, <c>Workload</c>, <c>Deployment</c>, <c>StatefulSet</c>, their specs, and
/// every model type reachable from them, from <c>PodSpecV1</c>, <c>ContainerV1</c>, <c>EphemeralContainerV1</c>,
/// <c>VolumeV1</c>, <c>ObjectMetaV1</c>, <c>ServiceAccountV1</c> and from <c>KubernetesResource</c>
/// (<c>ConfigMap</c>, <c>Secret</c>, <c>Service</c>). Left out: cert-manager, gateways, ingresses, Helm chart
/// resources, RBAC, autoscalers and the other manifest types nothing mirrored refers to. Attributes other than
/// <c>[Experimental]</c> (<c>[AspireExport]</c>, YamlDotNet's) are left out; bodies are placeholders (property
/// initializers are the real ones): only the shapes matter.
/// </summary>
internal static class AspireHostingKubernetesStub
{
    public const string Source = """
        #nullable enable
        #pragma warning disable ASPIRECOMPUTE002 // as in the real sources: they use their own evaluation-only members
        namespace Aspire.Hosting
        {
            using System;
            using System.Diagnostics.CodeAnalysis;
            using Aspire.Hosting.ApplicationModel;
            using Aspire.Hosting.Kubernetes;

            public static class KubernetesEnvironmentExtensions
            {
                public static IResourceBuilder<KubernetesEnvironmentResource> AddKubernetesEnvironment(this IDistributedApplicationBuilder builder, string name) => throw null!;
                public static IResourceBuilder<KubernetesEnvironmentResource> WithHelm(this IResourceBuilder<KubernetesEnvironmentResource> builder, Action<HelmChartOptions>? configure = null) => builder;
                public static IResourceBuilder<KubernetesEnvironmentResource> WithProperties(this IResourceBuilder<KubernetesEnvironmentResource> builder, Action<KubernetesEnvironmentResource> configure) => builder;
                public static IResourceBuilder<KubernetesEnvironmentResource> WithDashboard(this IResourceBuilder<KubernetesEnvironmentResource> builder, bool enabled = true) => builder;
                public static IResourceBuilder<KubernetesEnvironmentResource> WithDashboard(this IResourceBuilder<KubernetesEnvironmentResource> builder, Action<IResourceBuilder<KubernetesAspireDashboardResource>> configure) => builder;
                public static IResourceBuilder<KubernetesNodePoolResource> AddNodePool(this IResourceBuilder<KubernetesEnvironmentResource> builder, string name) => throw null!;
                public static IResourceBuilder<T> WithNodePool<T>(this IResourceBuilder<T> builder, IResourceBuilder<KubernetesNodePoolResource> nodePool)
                    where T : IResource => builder;
            }

            public static class KubernetesServiceExtensions
            {
                public static IResourceBuilder<T> PublishAsKubernetesService<T>(this IResourceBuilder<T> builder, Action<KubernetesResource> configure)
                    where T : IComputeResource => builder;
            }

            [Experimental("ASPIRECOMPUTE002", UrlFormat = "https://aka.ms/aspire/diagnostics/{0}")]
            public static class KubernetesPersistentVolumeExtensions
            {
                public static IResourceBuilder<KubernetesPersistentVolumeResource> AddPersistentVolume(this IResourceBuilder<KubernetesEnvironmentResource> builder, string name) => throw null!;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithStorageClass(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, string storageClassName) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithStorageClass(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, IResourceBuilder<ParameterResource> storageClassName) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithCapacity(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, string capacity) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithCapacity(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, IResourceBuilder<ParameterResource> capacity) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithAccessMode(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, PersistentVolumeAccessMode accessMode) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithVolumeAnnotation(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, string key, string value) => builder;
                public static IResourceBuilder<KubernetesPersistentVolumeResource> WithVolumeAnnotation(this IResourceBuilder<KubernetesPersistentVolumeResource> builder, string key, IResourceBuilder<ParameterResource> value) => builder;
                public static IResourceBuilder<T> WithPersistentVolume<T>(this IResourceBuilder<T> builder, IResourceBuilder<KubernetesPersistentVolumeResource> volume)
                    where T : IComputeResource => builder;
                public static IResourceBuilder<T> WithPersistentVolume<T>(this IResourceBuilder<T> builder, IResourceBuilder<KubernetesPersistentVolumeResource> volume, string mountPath, bool isReadOnly = false)
                    where T : IComputeResource => builder;
            }

            public static class KubernetesAspireDashboardResourceBuilderExtensions
            {
                public static IResourceBuilder<KubernetesAspireDashboardResource> WithServicePort(this IResourceBuilder<KubernetesAspireDashboardResource> builder, int? port = null) => builder;
                public static IResourceBuilder<KubernetesAspireDashboardResource> WithOtlpServicePort(this IResourceBuilder<KubernetesAspireDashboardResource> builder, int? grpcPort = null, int? httpPort = null) => builder;
                public static IResourceBuilder<KubernetesAspireDashboardResource> WithForwardedHeaders(this IResourceBuilder<KubernetesAspireDashboardResource> builder, bool enabled = true) => builder;
            }
        }

        namespace Aspire.Hosting.Kubernetes
        {
            using System;
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using Aspire.Hosting.ApplicationModel;
            using Aspire.Hosting.Kubernetes.Resources;

            public sealed class KubernetesEnvironmentResource : Resource, IComputeEnvironmentResource
            {
                public KubernetesEnvironmentResource(string name) : base(name) { }
                public bool DashboardEnabled { get; set; } = true;
                public string DefaultStorageType { get; set; } = "emptyDir";
                public string? DefaultStorageClassName { get; set; }
                public string DefaultStorageSize { get; set; } = "1Gi";
                public string DefaultStorageReadWritePolicy { get; set; } = "ReadWriteOnce";
                public string DefaultImagePullPolicy { get; set; } = "IfNotPresent";
                public string DefaultServiceType { get; set; } = "ClusterIP";
                public string? KubeConfigPath { get; set; }
                public IComputeEnvironmentResource? OwningComputeEnvironment { get; set; }
                [Experimental("ASPIRECOMPUTE002", UrlFormat = "https://aka.ms/aspire/diagnostics/{0}")]
                public ReferenceExpression GetHostAddressExpression(EndpointReference endpointReference) => throw null!;
            }

            public partial class KubernetesResource : Resource, IResourceWithParent<KubernetesEnvironmentResource>
            {
                public KubernetesResource(string name, IResource resource, KubernetesEnvironmentResource kubernetesEnvironmentResource) : base(name) => Parent = kubernetesEnvironmentResource;
                public KubernetesEnvironmentResource Parent { get; }
                public Workload? Workload { get; set; }
                public ConfigMap? ConfigMap { get; set; }
                public Secret? Secret { get; set; }
                public Service? Service { get; set; }
                public List<BaseKubernetesResource> AdditionalResources { get; } = [];
            }

            public sealed class KubernetesServiceCustomizationAnnotation(Action<KubernetesResource> configure) : IResourceAnnotation
            {
                public Action<KubernetesResource> Configure { get; } = configure;
            }

            public sealed partial class HelmChartOptions
            {
                internal HelmChartOptions() { }
                public HelmChartOptions WithNamespace(string @namespace) => this;
                public HelmChartOptions WithNamespace(IResourceBuilder<ParameterResource> @namespace) => this;
                public HelmChartOptions WithReleaseName(string releaseName) => this;
                public HelmChartOptions WithReleaseName(IResourceBuilder<ParameterResource> releaseName) => this;
                public HelmChartOptions WithChartVersion(string version) => this;
                public HelmChartOptions WithChartVersion(IResourceBuilder<ParameterResource> version) => this;
                public HelmChartOptions WithChartName(string name) => this;
                public HelmChartOptions WithChartName(IResourceBuilder<ParameterResource> name) => this;
                public HelmChartOptions WithChartDescription(string description) => this;
                public HelmChartOptions WithChartDescription(IResourceBuilder<ParameterResource> description) => this;
            }

            public class KubernetesAspireDashboardResource(string name) : ContainerResource(name)
            {
                public EndpointReference PrimaryEndpoint => new(this, "http");
                public EndpointReference OtlpGrpcEndpoint => new(this, "otlp-grpc");
            }

            public class KubernetesNodePoolResource(string name, KubernetesEnvironmentResource environment) : Resource(name), IResourceWithParent<KubernetesEnvironmentResource>
            {
                public KubernetesEnvironmentResource Parent { get; } = environment;
                public string NodeSelectorLabelKey { get; init; } = "agentpool";
            }

            [Experimental("ASPIRECOMPUTE002", UrlFormat = "https://aka.ms/aspire/diagnostics/{0}")]
            public sealed class KubernetesPersistentVolumeResource(string name, KubernetesEnvironmentResource environment) : Resource(name), IResourceWithParent<KubernetesEnvironmentResource>
            {
                public KubernetesEnvironmentResource Parent { get; } = environment;
            }

            [Experimental("ASPIRECOMPUTE002", UrlFormat = "https://aka.ms/aspire/diagnostics/{0}")]
            public enum PersistentVolumeAccessMode
            {
                ReadWriteOnce,
                ReadOnlyMany,
                ReadWriteMany,
                ReadWriteOncePod,
            }
        }

        namespace Aspire.Hosting.Kubernetes.Resources
        {
            using System;
            using System.Collections.Generic;

            public sealed record Int32OrStringV1(int? Number = null, string? Text = null) : IEquatable<int>, IEquatable<string>
            {
                public Int32OrStringV1(int value) : this(Number: value) { }
                public Int32OrStringV1(string? value) : this(Number: null, Text: value) { }
                public string? Value => throw null!;
                public bool Equals(int other) => throw null!;
                public bool Equals(string? other) => throw null!;
                public override string? ToString() => throw null!;
                public static explicit operator int(Int32OrStringV1 value) => throw null!;
                public static explicit operator string?(Int32OrStringV1? value) => throw null!;
                public static implicit operator Int32OrStringV1(int value) => throw null!;
                public static implicit operator Int32OrStringV1?(string? value) => throw null!;
                public static bool operator ==(Int32OrStringV1? left, int right) => throw null!;
                public static bool operator !=(Int32OrStringV1? left, int right) => throw null!;
                public static bool operator ==(Int32OrStringV1? left, string? right) => throw null!;
                public static bool operator !=(Int32OrStringV1? left, string? right) => throw null!;
            }
            public sealed class AffinityV1
            {
                public NodeAffinityV1 NodeAffinity { get; set; } = new();
                public PodAffinityV1 PodAffinity { get; set; } = new();
                public PodAntiAffinityV1 PodAntiAffinity { get; set; } = new();
            }

            public sealed class AppArmorProfileV1
            {
                public string LocalhostProfile { get; set; } = null!;
                public string Type { get; set; } = null!;
            }

            public abstract class BaseKubernetesObject(string? apiVersion = null, string? kind = null)
            {
                public string? Kind { get; set; } = kind;
                public string? ApiVersion { get; set; } = apiVersion;
            }

            public abstract class BaseKubernetesResource(string apiVersion, string kind) : BaseKubernetesObject(apiVersion, kind)
            {
                public ObjectMetaV1 Metadata { get; set; } = new();
            }

            public sealed class CapabilitiesV1
            {
                public List<string> Add { get; } = [];
                public List<string> Drop { get; } = [];
            }

            public sealed class ClientIPConfigV1
            {
                public int? TimeoutSeconds { get; set; }
            }

            public sealed class ConfigMapEnvSourceV1
            {
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; }
            }

            public sealed class ConfigMapKeySelectorV1
            {
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; }
                public string Key { get; set; } = null!;
            }

            public sealed class ConfigMapProjectionV1
            {
                public List<KeyToPathV1> Items { get; } = [];
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; }
            }

            public sealed class ConfigMap() : BaseKubernetesResource("v1", "ConfigMap")
            {
                public Dictionary<string, string> BinaryData { get; } = [];
                public Dictionary<string, string> Data { get; } = [];
                public bool? Immutable { get; set; }
            }

            public sealed class ConfigMapVolumeSourceV1
            {
                public int? DefaultMode { get; set; }
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; }
                public List<KeyToPathV1> Items { get; } = [];
            }

            public sealed class ContainerPortV1
            {
                public string HostIp { get; set; } = null!;
                public string Name { get; set; } = null!;
                public string Protocol { get; set; } = null!;
                public Int32OrStringV1? ContainerPort { get; set; }
                public Int32OrStringV1? HostPort { get; set; }
            }

            public sealed class ContainerResizePolicyV1
            {
                public string ResourceName { get; set; } = null!;
                public string RestartPolicy { get; set; } = null!;
            }

            public sealed class ContainerV1
            {
                public List<string> Command { get; } = [];
                public string Image { get; set; } = null!;
                public LifecycleV1? Lifecycle { get; set; }
                public ProbeV1? LivenessProbe { get; set; }
                public string Name { get; set; } = null!;
                public ProbeV1? ReadinessProbe { get; set; }
                public ProbeV1? StartupProbe { get; set; }
                public bool? StdinOnce { get; set; }
                public List<EnvFromSourceV1> EnvFrom { get; } = [];
                public bool? Stdin { get; set; }
                public string? WorkingDir { get; set; }
                public List<string> Args { get; } = [];
                public List<ContainerPortV1> Ports { get; } = [];
                public ResourceRequirementsV1? Resources { get; set; }
                public List<VolumeDeviceV1> VolumeDevices { get; } = [];
                public List<VolumeMountV1> VolumeMounts { get; } = [];
                public SecurityContextV1? SecurityContext { get; set; }
                public List<EnvVarV1> Env { get; } = [];
                public string ImagePullPolicy { get; set; } = "IfNotPresent";
                public List<ContainerResizePolicyV1> ResizePolicy { get; } = [];
                public string? RestartPolicy { get; set; }
                public string? TerminationMessagePath { get; set; }
                public string? TerminationMessagePolicy { get; set; }
                public bool? Tty { get; set; }
            }

            public sealed class DeploymentSpecV1
            {
                public bool? Paused { get; set; }
                public PodTemplateSpecV1 Template { get; set; } = new();
                public LabelSelectorV1 Selector { get; set; } = new();
                public int? MinReadySeconds { get; set; }
                public int? ProgressDeadlineSeconds { get; set; }
                public int? Replicas { get; set; } = 1;
                public int? RevisionHistoryLimit { get; set; } = 3;
                public DeploymentStrategyV1 Strategy { get; set; } = new();
            }

            public sealed class DeploymentStrategyV1
            {
                public RollingUpdateDeploymentV1 RollingUpdate { get; set; } = new();
                public string Type { get; set; } = "RollingUpdate";
            }

            public sealed class Deployment() : Workload("apps/v1", "Deployment")
            {
                public DeploymentSpecV1 Spec { get; set; } = new();
                public override PodTemplateSpecV1 PodTemplate => Spec.Template;
            }

            public sealed class DownwardApiProjectionV1
            {
                public List<DownwardApiVolumeFileV1> Items { get; } = [];
            }

            public sealed class DownwardApiVolumeFileV1
            {
                public ObjectFieldSelectorV1? FieldRef { get; set; }
                public int? Mode { get; set; }
                public string Path { get; set; } = null!;
                public ResourceFieldSelectorV1? ResourceFieldRef { get; set; }
            }

            public sealed class EmptyDirVolumeSourceV1
            {
                public string? Medium { get; set; }
                public string? SizeLimit { get; set; }
            }

            public sealed class EnvFromSourceV1
            {
                public ConfigMapEnvSourceV1? ConfigMapRef { get; set; }
                public SecretEnvSourceV1? SecretRef { get; set; }
                public string? Prefix { get; set; }
            }

            public sealed class EnvVarSourceV1
            {
                public ConfigMapKeySelectorV1? ConfigMapKeyRef { get; set; }
                public ObjectFieldSelectorV1? FieldRef { get; set; }
                public ResourceFieldSelectorV1? ResourceFieldRef { get; set; }
                public SecretKeySelectorV1? SecretKeyRef { get; set; }
            }

            public sealed class EnvVarV1
            {
                public string Name { get; set; } = null!;
                public string Value { get; set; } = null!;
                public EnvVarSourceV1? ValueFrom { get; set; }
            }

            public sealed class EphemeralContainerV1
            {
                public List<string> Command { get; } = [];
                public string Image { get; set; } = null!;
                public LifecycleV1? Lifecycle { get; set; }
                public ProbeV1? LivenessProbe { get; set; }
                public string Name { get; set; } = null!;
                public ProbeV1? ReadinessProbe { get; set; }
                public ProbeV1? StartupProbe { get; set; }
                public bool? StdinOnce { get; set; }
                public string? TargetContainerName { get; set; }
                public List<EnvFromSourceV1> EnvFrom { get; } = [];
                public bool? Stdin { get; set; }
                public string? WorkingDir { get; set; }
                public List<string> Args { get; } = [];
                public List<ContainerPortV1> Ports { get; } = [];
                public ResourceRequirementsV1? Resources { get; set; }
                public List<VolumeDeviceV1> VolumeDevices { get; } = [];
                public List<VolumeMountV1> VolumeMounts { get; } = [];
                public SecurityContextV1? SecurityContext { get; set; }
                public List<EnvVarV1> Env { get; } = [];
                public string ImagePullPolicy { get; set; } = "IfNotPresent";
                public List<ContainerResizePolicyV1> ResizePolicy { get; } = [];
                public string? RestartPolicy { get; set; }
                public string? TerminationMessagePolicy { get; set; }
                public string? TerminationMessagePath { get; set; }
                public bool? Tty { get; set; }
            }

            public sealed class EphemeralVolumeSourceV1
            {
                public PersistentVolumeClaimTemplateV1 VolumeClaimTemplate { get; set; } = new();
            }

            public sealed class ExecActionV1
            {
                public List<string> Command { get; } = [];
            }

            public sealed class FieldsV1;

            public sealed class GrpcActionV1
            {
                public string Service { get; set; } = null!;
                public int Port { get; set; }
            }

            public sealed class HttpGetActionV1
            {
                public string Scheme { get; set; } = null!;
                public string Path { get; set; } = null!;
                public List<HttpHeaderV1> HttpHeaders { get; } = [];
                public string Host { get; set; } = null!;
                public Int32OrStringV1? Port { get; set; }
            }

            public sealed class HttpHeaderV1
            {
                public string Name { get; set; } = null!;
                public string Value { get; set; } = null!;
            }

            public sealed class HostAliasV1
            {
                public string Ip { get; set; } = null!;
                public List<string> Hostnames { get; } = [];
            }

            public sealed class HostPathVolumeSourceV1
            {
                public string Type { get; set; } = null!;
                public string Path { get; set; } = null!;
            }

            public sealed class ImageVolumeSourceV1
            {
                public string Reference { get; set; } = null!;
                public string PullPolicy { get; set; } = null!;
            }

            public sealed class KeyToPathV1
            {
                public int? Mode { get; set; }
                public string Path { get; set; } = null!;
                public string Key { get; set; } = null!;
            }

            public sealed class LabelSelectorRequirementV1
            {
                public string Operator { get; set; } = null!;
                public List<string> Values { get; } = [];
                public string Key { get; set; } = null!;
            }

            public sealed class LabelSelectorV1
            {
                public List<LabelSelectorRequirementV1> MatchExpressions { get; set; } = [];
                public Dictionary<string, string> MatchLabels { get; set; } = [];
                public LabelSelectorV1()
                {
                }
                public LabelSelectorV1(Dictionary<string, string> matchLabels)
                {
                    MatchLabels = matchLabels;
                }
            }

            public sealed class LifecycleHandlerV1
            {
                public ExecActionV1 Exec { get; set; } = new();
                public SleepActionV1 Sleep { get; set; } = new();
                public HttpGetActionV1 HttpGet { get; set; } = new();
                public TcpSocketActionV1 TcpSocket { get; set; } = new();
            }

            public sealed class LifecycleV1
            {
                public LifecycleHandlerV1 PreStop { get; set; } = null!;
                public LifecycleHandlerV1 PostStart { get; set; } = null!;
            }

            public sealed class LocalObjectReferenceV1
            {
                public string Name { get; set; } = null!;
            }

            public sealed class ManagedFieldsEntryV1
            {
                public FieldsV1 FieldsV1 { get; set; } = new();
                public string FieldsType { get; set; } = null!;
                public string Subresource { get; set; } = null!;
                public DateTime? Time { get; set; }
                public string ApiVersion { get; set; } = null!;
                public string Operation { get; set; } = null!;
                public string Manager { get; set; } = null!;
            }

            public sealed class NodeAffinityV1
            {
                public List<PreferredSchedulingTermV1> PreferredDuringSchedulingIgnoredDuringExecution { get; } = [];
                public NodeSelectorV1 RequiredDuringSchedulingIgnoredDuringExecution { get; set; } = new();
            }

            public sealed class NodeSelectorRequirementV1
            {
                public string Operator { get; set; } = null!;
                public List<string> Values { get; } = [];
                public string Key { get; set; } = null!;
            }

            public sealed class NodeSelectorTermV1
            {
                public List<NodeSelectorRequirementV1> MatchExpressions { get; } = [];
                public List<NodeSelectorRequirementV1> MatchFields { get; } = [];
            }

            public sealed class NodeSelectorV1
            {
                public List<NodeSelectorTermV1> NodeSelectorTerms { get; } = [];
            }

            public sealed class ObjectFieldSelectorV1
            {
                public string FieldPath { get; set; } = null!;
                public string ApiVersion { get; set; } = null!;
            }

            public sealed class ObjectMetaV1
            {
                public string Uid { get; set; } = null!;
                public string GenerateName { get; set; } = null!;
                public string Name { get; set; } = null!;
                public string Namespace { get; set; } = null!;
                public string SelfLink { get; set; } = null!;
                public long? Generation { get; set; }
                public string ResourceVersion { get; set; } = null!;
                public DateTime? CreationTimestamp { get; set; }
                public DateTime? DeletionTimestamp { get; set; }
                public Dictionary<string, string> Annotations { get; } = [];
                public long? DeletionGracePeriodSeconds { get; set; }
                public List<string> Finalizers { get; } = [];
                public Dictionary<string, string> Labels { get; set; } = [];
                public List<ManagedFieldsEntryV1> ManagedFields { get; } = [];
                public List<OwnerReferenceV1> OwnerReferences { get; } = [];
            }

            public sealed class OwnerReferenceV1 : BaseKubernetesObject
            {
                public string Uid { get; set; } = null!;
                public string Name { get; set; } = null!;
                public bool? BlockOwnerDeletion { get; set; }
                public bool? Controller { get; set; }
            }

            public sealed class PersistentVolumeClaimSpecV1
            {
                public TypedLocalObjectReferenceV1? DataSource { get; set; }
                public string StorageClassName { get; set; } = null!;
                public string VolumeAttributesClassName { get; set; } = null!;
                public string VolumeMode { get; set; } = null!;
                public string VolumeName { get; set; } = null!;
                public TypedObjectReferenceV1? DataSourceRef { get; set; }
                public LabelSelectorV1? Selector { get; set; }
                public List<string> AccessModes { get; } = [];
                public VolumeResourceRequirementsV1 Resources { get; set; } = new();
            }

            public sealed class PersistentVolumeClaimTemplateV1
            {
                public ObjectMetaV1 Metadata { get; set; } = new();
                public PersistentVolumeClaimSpecV1 Spec { get; set; } = new();
            }

            public sealed class PersistentVolumeClaim() : BaseKubernetesResource("v1", "PersistentVolumeClaim")
            {
                public PersistentVolumeClaimSpecV1 Spec { get; set; } = new();
            }

            public sealed class PersistentVolumeClaimVolumeSourceV1
            {
                public string ClaimName { get; set; } = null!;
                public bool? ReadOnly { get; set; }
            }

            public sealed class PodAffinityTermV1
            {
                public LabelSelectorV1 LabelSelector { get; set; } = new();
                public LabelSelectorV1 NamespaceSelector { get; set; } = new();
                public List<string> MatchLabelKeys { get; } = [];
                public List<string> MismatchLabelKeys { get; } = [];
                public List<string> Namespaces { get; } = [];
                public string TopologyKey { get; set; } = null!;
            }

            public sealed class PodAffinityV1
            {
                public List<WeightedPodAffinityTermV1> PreferredDuringSchedulingIgnoredDuringExecution { get; } = [];
                public List<PodAffinityTermV1> RequiredDuringSchedulingIgnoredDuringExecution { get; } = [];
            }

            public sealed class PodAntiAffinityV1
            {
                public List<WeightedPodAffinityTermV1> PreferredDuringSchedulingIgnoredDuringExecution { get; } = [];
                public List<PodAffinityTermV1> RequiredDuringSchedulingIgnoredDuringExecution { get; } = [];
            }

            public sealed class PodDnsConfigOptionV1
            {
                public string Name { get; set; } = null!;
                public string Value { get; set; } = null!;
            }

            public sealed class PodDnsConfigV1
            {
                public List<string> Nameservers { get; } = [];
                public List<PodDnsConfigOptionV1> Options { get; } = [];
                public List<string> Searches { get; } = [];
            }

            public sealed class PodOsv1
            {
                public string Name { get; set; } = null!;
            }

            public sealed class PodReadinessGateV1
            {
                public string ConditionType { get; set; } = null!;
            }

            public sealed class PodResourceClaimV1
            {
                public string Name { get; set; } = null!;
                public string ResourceClaimName { get; set; } = null!;
                public string ResourceClaimTemplateName { get; set; } = null!;
            }

            public sealed class PodSchedulingGateV1
            {
                public string Name { get; set; } = null!;
            }

            public sealed class PodSecurityContextV1
            {
                public AppArmorProfileV1? AppArmorProfile { get; set; }
                public SeccompProfileV1? SeccompProfile { get; set; }
                public long? FsGroup { get; set; }
                public long? RunAsGroup { get; set; }
                public long? RunAsUser { get; set; }
                public SeLinuxOptionsV1? SeLinuxOptions { get; set; }
                public List<long> SupplementalGroups { get; } = [];
                public List<SysctlV1> Sysctls { get; } = [];
                public WindowsSecurityContextOptionsV1? WindowsOptions { get; set; }
                public bool? RunAsNonRoot { get; set; }
                public string FsGroupChangePolicy { get; set; } = null!;
                public string SupplementalGroupsPolicy { get; set; } = null!;
            }

            public sealed class PodSpecV1
            {
                public bool? HostIpc { get; set; }
                public bool? HostPid { get; set; }
                public bool? SetHostnameAsFqdn { get; set; }
                public Dictionary<string, string> Overhead { get; } = [];
                public string? Hostname { get; set; } = null!;
                public string? NodeName { get; set; } = null!;
                public string? PriorityClassName { get; set; } = null!;
                public string? RuntimeClassName { get; set; } = null!;
                public string? SchedulerName { get; set; } = null!;
                public string? ServiceAccountName { get; set; } = null!;
                public bool? ShareProcessNamespace { get; set; }
                public PodDnsConfigV1? DnsConfig { get; set; }
                public bool? HostNetwork { get; set; }
                public bool? AutomountServiceAccountToken { get; set; }
                public string? Subdomain { get; set; } = null!;
                public Dictionary<string, string> NodeSelector { get; } = [];
                public long? ActiveDeadlineSeconds { get; set; }
                public List<ContainerV1> Containers { get; } = [];
                public bool? EnableServiceLinks { get; set; }
                public List<EphemeralContainerV1> EphemeralContainers { get; } = [];
                public List<HostAliasV1> HostAliases { get; } = [];
                public bool? HostUsers { get; set; }
                public List<LocalObjectReferenceV1> ImagePullSecrets { get; } = [];
                public List<ContainerV1> InitContainers { get; } = [];
                public PodOsv1? Os { get; set; }
                public List<PodReadinessGateV1> ReadinessGates { get; } = [];
                public List<PodResourceClaimV1> ResourceClaims { get; } = [];
                public List<PodSchedulingGateV1> SchedulingGates { get; } = [];
                public long? TerminationGracePeriodSeconds { get; set; }
                public List<TolerationV1> Tolerations { get; } = [];
                public List<TopologySpreadConstraintV1> TopologySpreadConstraints { get; } = [];
                public List<VolumeV1> Volumes { get; } = [];
                public PodSecurityContextV1? SecurityContext { get; set; }
                public string? ServiceAccount { get; set; } = null!;
                public AffinityV1? Affinity { get; set; }
                public string? DnsPolicy { get; set; } = null!;
                public string? PreemptionPolicy { get; set; } = null!;
                public int? Priority { get; set; }
                public string? RestartPolicy { get; set; } = null!;
            }

            public sealed class PodTemplateSpecV1
            {
                public ObjectMetaV1 Metadata { get; set; } = new();
                public PodSpecV1 Spec { get; set; } = new();
            }

            public sealed class PreferredSchedulingTermV1
            {
                public NodeSelectorTermV1 Preference { get; set; } = new();
                public int Weight { get; set; }
            }

            public sealed class ProbeV1
            {
                public ExecActionV1? Exec { get; set; }
                public GrpcActionV1? Grpc { get; set; }
                public int? FailureThreshold { get; set; }
                public int? SuccessThreshold { get; set; }
                public int? InitialDelaySeconds { get; set; }
                public int? PeriodSeconds { get; set; }
                public long? TerminationGracePeriodSeconds { get; set; }
                public int? TimeoutSeconds { get; set; }
                public HttpGetActionV1? HttpGet { get; set; }
                public TcpSocketActionV1? TcpSocket { get; set; }
            }

            public sealed class ProjectedVolumeSourceV1
            {
                public int? DefaultMode { get; set; }
                public List<VolumeProjectionV1> Sources { get; } = [];
            }

            public sealed class ResourceClaimV1
            {
                public string Name { get; set; } = null!;
                public string Request { get; set; } = null!;
            }

            public sealed class ResourceFieldSelectorV1
            {
                public string ContainerName { get; set; } = null!;
                public string Resource { get; set; } = null!;
                public string Divisor { get; set; } = null!;
            }

            public sealed class ResourceRequirementsV1
            {
                public List<ResourceClaimV1> Claims { get; } = [];
                public Dictionary<string, string> Limits { get; } = [];
                public Dictionary<string, string> Requests { get; } = [];
            }

            public sealed class RollingUpdateDeploymentV1
            {
                public int MaxSurge { get; set; }
                public int MaxUnavailable { get; set; }
            }

            public sealed class RollingUpdateStatefulSetStrategyV1
            {
                public int? MaxUnavailable { get; set; }
                public int? Partition { get; set; }
            }

            public sealed class SeLinuxOptionsV1
            {
                public string Role { get; set; } = null!;
                public string Type { get; set; } = null!;
                public string Level { get; set; } = null!;
                public string User { get; set; } = null!;
            }

            public sealed class SeccompProfileV1
            {
                public string LocalhostProfile { get; set; } = null!;
                public string Type { get; set; } = null!;
            }

            public sealed class SecretEnvSourceV1
            {
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; } = null!;
            }

            public sealed class SecretKeySelectorV1
            {
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; } = null!;
                public string Key { get; set; } = null!;
            }

            public sealed class SecretProjectionV1
            {
                public List<KeyToPathV1> Items { get; } = [];
                public string Name { get; set; } = null!;
                public bool? Optional { get; set; }
            }

            public sealed class Secret() : BaseKubernetesResource("v1", "Secret")
            {
                public Dictionary<string, string> Data { get; } = [];
                public Dictionary<string, string> StringData { get; } = [];
                public bool? Immutable { get; set; } = null!;
                public string Type { get; set; } = "Opaque";
            }

            public sealed class SecretVolumeSourceV1
            {
                public int? DefaultMode { get; set; }
                public string SecretName { get; set; } = null!;
                public bool? Optional { get; set; }
                public List<KeyToPathV1> Items { get; } = [];
            }

            public sealed class SecurityContextV1
            {
                public bool? Privileged { get; set; }
                public AppArmorProfileV1? AppArmorProfile { get; set; }
                public SeccompProfileV1? SeccompProfile { get; set; }
                public bool? ReadOnlyRootFilesystem { get; set; }
                public bool? AllowPrivilegeEscalation { get; set; }
                public long? RunAsGroup { get; set; }
                public long? RunAsUser { get; set; }
                public CapabilitiesV1? Capabilities { get; set; }
                public SeLinuxOptionsV1? SeLinuxOptions { get; set; }
                public WindowsSecurityContextOptionsV1? WindowsOptions { get; set; }
                public string? ProcMount { get; set; }
                public bool? RunAsNonRoot { get; set; }
            }

            public sealed class ServiceAccountTokenProjectionV1
            {
                public string? Audience { get; set; }
                public long? ExpirationSeconds { get; set; }
                public string Path { get; set; } = null!;
            }

            public sealed class ServiceAccountV1() : BaseKubernetesResource("v1", "ServiceAccount")
            {
            }

            public sealed class ServicePortV1
            {
                public string Name { get; set; } = null!;
                public string AppProtocol { get; set; } = null!;
                public string Protocol { get; set; } = null!;
                public int? NodePort { get; set; }
                public Int32OrStringV1 Port { get; set; } = null!;
                public Int32OrStringV1 TargetPort { get; set; } = null!;
            }

            public sealed class ServiceSpecV1
            {
                public string? ClusterIp { get; set; }
                public string? LoadBalancerIp { get; set; }
                public string? ExternalName { get; set; }
                public string Type { get; set; } = "ClusterIP";
                public SessionAffinityConfigV1? SessionAffinityConfig { get; set; }
                public string? TrafficDistribution { get; set; }
                public Dictionary<string, string> Selector { get; set; } = [];
                public bool? AllocateLoadBalancerNodePorts { get; set; }
                public List<string> ClusterIPs { get; } = [];
                public List<string> ExternalIPs { get; } = [];
                public List<string> IpFamilies { get; } = [];
                public string? LoadBalancerClass { get; set; }
                public List<string> LoadBalancerSourceRanges { get; } = [];
                public List<ServicePortV1> Ports { get; } = [];
                public bool? PublishNotReadyAddresses { get; set; }
                public int? HealthCheckNodePort { get; set; }
                public string? ExternalTrafficPolicy { get; set; }
                public string? InternalTrafficPolicy { get; set; }
                public string? IpFamilyPolicy { get; set; }
                public string? SessionAffinity { get; set; }
            }

            public sealed class Service() : BaseKubernetesResource("v1", "Service")
            {
                public ServiceSpecV1 Spec { get; set; } = new();
            }

            public sealed class SessionAffinityConfigV1
            {
                public ClientIPConfigV1 ClientIp { get; set; } = new();
            }

            public sealed class SleepActionV1
            {
                public long Seconds { get; set; }
            }

            public sealed class StatefulSetOrdinalsV1
            {
                public int? Start { get; set; }
            }

            public sealed class StatefulSetPersistentVolumeClaimRetentionPolicyV1
            {
                public string? WhenDeleted { get; set; }
                public string? WhenScaled { get; set; }
            }

            public sealed class StatefulSetSpecV1
            {
                public string ServiceName { get; set; } = null!;
                public PodTemplateSpecV1 Template { get; set; } = new();
                public LabelSelectorV1 Selector { get; set; } = new();
                public int? MinReadySeconds { get; set; }
                public StatefulSetOrdinalsV1? Ordinals { get; set; }
                public int? Replicas { get; set; }
                public List<PersistentVolumeClaim> VolumeClaimTemplates { get; } = [];
                public int? RevisionHistoryLimit { get; set; }
                public StatefulSetPersistentVolumeClaimRetentionPolicyV1? PersistentVolumeClaimRetentionPolicy { get; set; }
                public string? PodManagementPolicy { get; set; }
                public StatefulSetUpdateStrategyV1? UpdateStrategy { get; set; }
            }

            public sealed class StatefulSetUpdateStrategyV1
            {
                public RollingUpdateStatefulSetStrategyV1? RollingUpdate { get; set; }
                public string Type { get; set; } = "RollingUpdate";
            }

            public sealed class StatefulSet() : Workload("apps/v1", "StatefulSet")
            {
                public StatefulSetSpecV1 Spec { get; set; } = new();
                public override PodTemplateSpecV1 PodTemplate => Spec.Template;
            }

            public sealed class SysctlV1
            {
                public string Name { get; set; } = null!;
                public string Value { get; set; } = null!;
            }

            public sealed class TcpSocketActionV1
            {
                public string Host { get; set; } = null!;
                public int Port { get; set; }
            }

            public sealed class TolerationV1
            {
                public string Value { get; set; } = null!;
                public string Operator { get; set; } = null!;
                public long? TolerationSeconds { get; set; }
                public string Effect { get; set; } = null!;
                public string Key { get; set; } = null!;
            }

            public sealed class TopologySpreadConstraintV1
            {
                public string? WhenUnsatisfiable { get; set; }
                public LabelSelectorV1 LabelSelector { get; set; } = new();
                public List<string> MatchLabelKeys { get; } = [];
                public int? MinDomains { get; set; }
                public int? MaxSkew { get; set; }
                public string? NodeAffinityPolicy { get; set; }
                public string? NodeTaintsPolicy { get; set; }
                public string? TopologyKey { get; set; }
            }

            public sealed class TypedLocalObjectReferenceV1
            {
                public string Kind { get; set; } = null!;
                public string Name { get; set; } = null!;
                public string ApiGroup { get; set; } = null!;
            }

            public sealed class TypedObjectReferenceV1
            {
                public string Kind { get; set; } = null!;
                public string Name { get; set; } = null!;
                public string Namespace { get; set; } = null!;
                public string ApiGroup { get; set; } = null!;
            }

            public sealed class VolumeDeviceV1
            {
                public string Name { get; set; } = null!;
                public string DevicePath { get; set; } = null!;
            }

            public sealed class VolumeMountV1
            {
                public string Name { get; set; } = null!;
                public string MountPath { get; set; } = null!;
                public string SubPath { get; set; } = null!;
                public string? MountPropagation { get; set; }
                public string? SubPathExpr { get; set; }
                public bool? ReadOnly { get; set; }
                public string? RecursiveReadOnly { get; set; }
            }

            public sealed class VolumeProjectionV1
            {
                public ConfigMapProjectionV1? ConfigMap { get; set; }
                public DownwardApiProjectionV1? DownwardApi { get; set; }
                public SecretProjectionV1? Secret { get; set; }
                public ServiceAccountTokenProjectionV1? ServiceAccountToken { get; set; }
            }

            public sealed class VolumeResourceRequirementsV1
            {
                public Dictionary<string, string> Limits { get; } = [];
                public Dictionary<string, string> Requests { get; } = [];
            }

            public sealed class VolumeV1
            {
                public ImageVolumeSourceV1? Image { get; set; }
                public string Name { get; set; } = null!;
                public HostPathVolumeSourceV1? HostPath { get; set; }
                public EphemeralVolumeSourceV1? Ephemeral { get; set; }
                public PersistentVolumeClaimVolumeSourceV1? PersistentVolumeClaim { get; set; }
                public ConfigMapVolumeSourceV1? ConfigMap { get; set; }
                public EmptyDirVolumeSourceV1? EmptyDir { get; set; }
                public SecretVolumeSourceV1? Secret { get; set; }
                public ProjectedVolumeSourceV1? Projected { get; set; }
            }

            public sealed class WeightedPodAffinityTermV1
            {
                public PodAffinityTermV1 PodAffinityTerm { get; set; } = new();
                public int Weight { get; set; }
            }

            public sealed class WindowsSecurityContextOptionsV1
            {
                public string GmsaCredentialSpec { get; set; } = null!;
                public string GmsaCredentialSpecName { get; set; } = null!;
                public string RunAsUserName { get; set; } = null!;
                public bool? HostProcess { get; set; } = null!;
            }

            public abstract class Workload(string apiVersion, string kind) : BaseKubernetesResource(apiVersion, kind)
            {
                public abstract PodTemplateSpecV1 PodTemplate { get; }
            }
        }
        """;
}
