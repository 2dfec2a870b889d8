namespace K8sGuard.Analyzers.Tests.Stubs;

/// <summary>
/// Source stubs of the public API of Pulumi (core SDK) and Pulumi.Kubernetes, which the package registry here does
/// not serve. They mirror the real shapes the analyzer depends on: namespaces and type names; <c>Input&lt;T&gt;</c>
/// with its implicit conversions from <c>T</c> and <c>Output&lt;T&gt;</c>; <c>InputList&lt;T&gt;</c> as an
/// <c>Input&lt;ImmutableArray&lt;T&gt;&gt;</c> that is collection-initializable and converts from <c>T</c>, arrays and
/// lists; <c>Output&lt;T&gt;.Apply</c>; args classes deriving from <c>global::Pulumi.ResourceArgs</c> with
/// <c>Input&lt;…&gt;?</c> properties and lazily created <c>InputList</c>s; resources <c>(string name, …Args? args = null,
/// CustomResourceOptions? options = null)</c> exposing <c>Output&lt;Types.Outputs.Meta.V1.ObjectMeta&gt; Metadata</c>;
/// <c>…PatchArgs</c> and read-only <c>Types.Outputs</c> classes; the pod-security inputs (<c>SecurityContextArgs</c>,
/// <c>CapabilitiesArgs</c>, <c>VolumeArgs</c>, <c>ContainerPortArgs</c>, <c>ProbeArgs</c>, … with their exact type and property
/// names, pulumi-kubernetes 4.32), <c>InputUnion</c> for ports. Only the members the tests use are declared; bodies are
/// placeholders: only the shapes matter.
/// </summary>
internal static class PulumiKubernetesStubs
{
    public const string Source = """
        #nullable enable
        namespace Pulumi
        {
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Collections.Immutable;

            public class Output<T>
            {
                public Output<U> Apply<U>(Func<T, U> func) => new Output<U>();
            }

            public static class Output
            {
                public static Output<T> Create<T>(T value) => new Output<T>();
            }

            public class Input<T>
            {
                private protected Input() { }
                public static implicit operator Input<T>(T value) => new Input<T>();
                public static implicit operator Input<T>(Output<T> value) => new Input<T>();
                public static implicit operator Output<T>(Input<T> input) => new Output<T>();
            }

            public static class InputExtensions
            {
                public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func) => new Output<TResult>();
            }

            public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable
            {
                public InputList() { }
                public void Add(params Input<T>[] inputs) { }
                public void Add(InputList<T> inputs) { }
                public void AddRange(InputList<T> inputs) { }
                public static implicit operator InputList<T>(T value) => new InputList<T>();
                public static implicit operator InputList<T>(Output<T> value) => new InputList<T>();
                public static implicit operator InputList<T>(Input<T> value) => new InputList<T>();
                public static implicit operator InputList<T>(T[] values) => new InputList<T>();
                public static implicit operator InputList<T>(Output<T>[] values) => new InputList<T>();
                public static implicit operator InputList<T>(Input<T>[] values) => new InputList<T>();
                public static implicit operator InputList<T>(List<T> values) => new InputList<T>();
                public static implicit operator InputList<T>(List<Output<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(List<Input<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(ImmutableArray<T> values) => new InputList<T>();
                public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(Output<T[]> values) => new InputList<T>();
                public static implicit operator InputList<T>(Output<List<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => new InputList<T>();
                public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new InputList<T>();
                IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();
            }

            public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable
            {
                public InputMap() { }
                public void Add(string key, Input<V> value) { }
                public Input<V> this[string key] { set { } }
                public static implicit operator InputMap<V>(Dictionary<string, V> values) => new InputMap<V>();
                IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();
            }

            public readonly struct Union<T0, T1>
            {
                public static implicit operator Union<T0, T1>(T0 t) => default;
                public static implicit operator Union<T0, T1>(T1 t) => default;
            }

            public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
            {
                public InputUnion() { }
                public static implicit operator InputUnion<T0, T1>(Union<T0, T1> value) => new InputUnion<T0, T1>();
                public static implicit operator InputUnion<T0, T1>(T0 value) => new InputUnion<T0, T1>();
                public static implicit operator InputUnion<T0, T1>(T1 value) => new InputUnion<T0, T1>();
                public static implicit operator InputUnion<T0, T1>(Input<T0> value) => new InputUnion<T0, T1>();
                public static implicit operator InputUnion<T0, T1>(Input<T1> value) => new InputUnion<T0, T1>();
            }

            public abstract class ResourceArgs
            {
                public static readonly ResourceArgs Empty = new EmptyResourceArgs();
                private sealed class EmptyResourceArgs : ResourceArgs { }
            }

            public class ResourceOptions { }
            public sealed class CustomResourceOptions : ResourceOptions { }

            public class Resource { }

            public sealed class Deployment
            {
                public static System.Threading.Tasks.Task<int> RunAsync(Func<IDictionary<string, object?>> func) => System.Threading.Tasks.Task.FromResult(0);
            }

            public class CustomResource : Resource
            {
                public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null) { }
            }
        }

        namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
        {
            public sealed class ObjectMeta
            {
                public readonly string Name;
                public readonly string Namespace;
                private ObjectMeta(string name, string @namespace) { Name = name; Namespace = @namespace; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
        {
            public sealed class PodSpec
            {
                public readonly bool AutomountServiceAccountToken;
                public readonly string ServiceAccountName;
                private PodSpec(bool automountServiceAccountToken, string serviceAccountName) { AutomountServiceAccountToken = automountServiceAccountToken; ServiceAccountName = serviceAccountName; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
        {
            using Pulumi;

            public class ObjectMetaArgs : global::Pulumi.ResourceArgs
            {
                private InputMap<string>? _annotations;
                public InputMap<string> Annotations { get => _annotations ?? (_annotations = new InputMap<string>()); set => _annotations = value; }
                public Input<string>? Name { get; set; }
                public Input<string>? Namespace { get; set; }
                private InputMap<string>? _labels;
                public InputMap<string> Labels { get => _labels ?? (_labels = new InputMap<string>()); set => _labels = value; }
            }

            public class ObjectMetaPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Name { get; set; }
                public Input<string>? Namespace { get; set; }
            }

            public class LabelSelectorArgs : global::Pulumi.ResourceArgs
            {
                private InputMap<string>? _matchLabels;
                public InputMap<string> MatchLabels { get => _matchLabels ?? (_matchLabels = new InputMap<string>()); set => _matchLabels = value; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
        {
            using Pulumi;

            public class ContainerArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Image { get; set; }
                public Input<string> Name { get; set; } = null!;
                private InputList<string>? _args;
                public InputList<string> Args { get => _args ?? (_args = new InputList<string>()); set => _args = value; }
                private InputList<ContainerPortArgs>? _ports;
                public InputList<ContainerPortArgs> Ports { get => _ports ?? (_ports = new InputList<ContainerPortArgs>()); set => _ports = value; }
                public Input<SecurityContextArgs>? SecurityContext { get; set; }
                public Input<ProbeArgs>? LivenessProbe { get; set; }
                public Input<ProbeArgs>? ReadinessProbe { get; set; }
                public Input<ProbeArgs>? StartupProbe { get; set; }
                public Input<LifecycleArgs>? Lifecycle { get; set; }
            }

            public class EphemeralContainerArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Image { get; set; }
                public Input<string> Name { get; set; } = null!;
                private InputList<string>? _args;
                public InputList<string> Args { get => _args ?? (_args = new InputList<string>()); set => _args = value; }
                private InputList<ContainerPortArgs>? _ports;
                public InputList<ContainerPortArgs> Ports { get => _ports ?? (_ports = new InputList<ContainerPortArgs>()); set => _ports = value; }
                public Input<SecurityContextArgs>? SecurityContext { get; set; }
                public Input<ProbeArgs>? LivenessProbe { get; set; }
                public Input<ProbeArgs>? ReadinessProbe { get; set; }
                public Input<ProbeArgs>? StartupProbe { get; set; }
                public Input<LifecycleArgs>? Lifecycle { get; set; }
                public Input<string>? TargetContainerName { get; set; }
            }

            public class ContainerPortArgs : global::Pulumi.ResourceArgs
            {
                public Input<int> ContainerPortValue { get; set; } = null!;
                public Input<string>? HostIP { get; set; }
                public Input<int>? HostPort { get; set; }
                public Input<string>? Name { get; set; }
                public Input<string>? Protocol { get; set; }
            }

            public class PodSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<int>? ActiveDeadlineSeconds { get; set; }
                public Input<bool>? AutomountServiceAccountToken { get; set; }
                private InputList<ContainerArgs>? _containers;
                public InputList<ContainerArgs> Containers { get => _containers ?? (_containers = new InputList<ContainerArgs>()); set => _containers = value; }
                private InputList<EphemeralContainerArgs>? _ephemeralContainers;
                public InputList<EphemeralContainerArgs> EphemeralContainers { get => _ephemeralContainers ?? (_ephemeralContainers = new InputList<EphemeralContainerArgs>()); set => _ephemeralContainers = value; }
                public Input<bool>? HostIPC { get; set; }
                public Input<bool>? HostNetwork { get; set; }
                public Input<bool>? HostPID { get; set; }
                public Input<bool>? HostUsers { get; set; }
                private InputList<ContainerArgs>? _initContainers;
                public InputList<ContainerArgs> InitContainers { get => _initContainers ?? (_initContainers = new InputList<ContainerArgs>()); set => _initContainers = value; }
                public Input<PodOSArgs>? Os { get; set; }
                public Input<string>? RestartPolicy { get; set; }
                public Input<PodSecurityContextArgs>? SecurityContext { get; set; }
                public Input<string>? ServiceAccount { get; set; }
                public Input<string>? ServiceAccountName { get; set; }
                private InputList<VolumeArgs>? _volumes;
                public InputList<VolumeArgs> Volumes { get => _volumes ?? (_volumes = new InputList<VolumeArgs>()); set => _volumes = value; }
            }

            public class SecurityContextArgs : global::Pulumi.ResourceArgs
            {
                public Input<bool>? AllowPrivilegeEscalation { get; set; }
                public Input<AppArmorProfileArgs>? AppArmorProfile { get; set; }
                public Input<CapabilitiesArgs>? Capabilities { get; set; }
                public Input<bool>? Privileged { get; set; }
                public Input<string>? ProcMount { get; set; }
                public Input<bool>? ReadOnlyRootFilesystem { get; set; }
                public Input<int>? RunAsGroup { get; set; }
                public Input<bool>? RunAsNonRoot { get; set; }
                public Input<int>? RunAsUser { get; set; }
                public Input<SELinuxOptionsArgs>? SeLinuxOptions { get; set; }
                public Input<SeccompProfileArgs>? SeccompProfile { get; set; }
                public Input<WindowsSecurityContextOptionsArgs>? WindowsOptions { get; set; }
            }

            public class PodSecurityContextArgs : global::Pulumi.ResourceArgs
            {
                public Input<AppArmorProfileArgs>? AppArmorProfile { get; set; }
                public Input<int>? FsGroup { get; set; }
                public Input<int>? RunAsGroup { get; set; }
                public Input<bool>? RunAsNonRoot { get; set; }
                public Input<int>? RunAsUser { get; set; }
                public Input<SELinuxOptionsArgs>? SeLinuxOptions { get; set; }
                public Input<SeccompProfileArgs>? SeccompProfile { get; set; }
                private InputList<SysctlArgs>? _sysctls;
                public InputList<SysctlArgs> Sysctls { get => _sysctls ?? (_sysctls = new InputList<SysctlArgs>()); set => _sysctls = value; }
                public Input<WindowsSecurityContextOptionsArgs>? WindowsOptions { get; set; }
            }

            public class CapabilitiesArgs : global::Pulumi.ResourceArgs
            {
                private InputList<string>? _add;
                public InputList<string> Add { get => _add ?? (_add = new InputList<string>()); set => _add = value; }
                private InputList<string>? _drop;
                public InputList<string> Drop { get => _drop ?? (_drop = new InputList<string>()); set => _drop = value; }
            }

            public class SeccompProfileArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? LocalhostProfile { get; set; }
                public Input<string> Type { get; set; } = null!;
            }

            public class AppArmorProfileArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? LocalhostProfile { get; set; }
                public Input<string> Type { get; set; } = null!;
            }

            public class SELinuxOptionsArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Level { get; set; }
                public Input<string>? Role { get; set; }
                public Input<string>? Type { get; set; }
                public Input<string>? User { get; set; }
            }

            public class WindowsSecurityContextOptionsArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? GmsaCredentialSpec { get; set; }
                public Input<string>? GmsaCredentialSpecName { get; set; }
                public Input<bool>? HostProcess { get; set; }
                public Input<string>? RunAsUserName { get; set; }
            }

            public class SysctlArgs : global::Pulumi.ResourceArgs
            {
                public Input<string> Name { get; set; } = null!;
                public Input<string> Value { get; set; } = null!;
            }

            public class VolumeArgs : global::Pulumi.ResourceArgs
            {
                public Input<string> Name { get; set; } = null!;
                public Input<ConfigMapVolumeSourceArgs>? ConfigMap { get; set; }
                public Input<EmptyDirVolumeSourceArgs>? EmptyDir { get; set; }
                public Input<HostPathVolumeSourceArgs>? HostPath { get; set; }
                public Input<SecretVolumeSourceArgs>? Secret { get; set; }
                public Input<NFSVolumeSourceArgs>? Nfs { get; set; }
                public Input<GitRepoVolumeSourceArgs>? GitRepo { get; set; }
            }

            public class NFSVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string> Path { get; set; } = null!;
                public Input<bool>? ReadOnly { get; set; }
                public Input<string> Server { get; set; } = null!;
            }

            public class GitRepoVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Directory { get; set; }
                public Input<string> Repository { get; set; } = null!;
                public Input<string>? Revision { get; set; }
            }

            public class HostPathVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string> Path { get; set; } = null!;
                public Input<string>? Type { get; set; }
            }

            public class ConfigMapVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Name { get; set; }
            }

            public class EmptyDirVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Medium { get; set; }
            }

            public class SecretVolumeSourceArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? SecretName { get; set; }
            }

            public class ProbeArgs : global::Pulumi.ResourceArgs
            {
                public Input<ExecActionArgs>? Exec { get; set; }
                public Input<int>? FailureThreshold { get; set; }
                public Input<HTTPGetActionArgs>? HttpGet { get; set; }
                public Input<int>? PeriodSeconds { get; set; }
                public Input<TCPSocketActionArgs>? TcpSocket { get; set; }
            }

            public class LifecycleArgs : global::Pulumi.ResourceArgs
            {
                public Input<LifecycleHandlerArgs>? PostStart { get; set; }
                public Input<LifecycleHandlerArgs>? PreStop { get; set; }
                public Input<string>? StopSignal { get; set; }
            }

            public class LifecycleHandlerArgs : global::Pulumi.ResourceArgs
            {
                public Input<ExecActionArgs>? Exec { get; set; }
                public Input<HTTPGetActionArgs>? HttpGet { get; set; }
                public Input<TCPSocketActionArgs>? TcpSocket { get; set; }
            }

            public class ExecActionArgs : global::Pulumi.ResourceArgs
            {
                private InputList<string>? _command;
                public InputList<string> Command { get => _command ?? (_command = new InputList<string>()); set => _command = value; }
            }

            public class HTTPGetActionArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Host { get; set; }
                public Input<string>? Path { get; set; }
                public InputUnion<int, string> Port { get; set; } = null!;
                public Input<string>? Scheme { get; set; }
            }

            public class TCPSocketActionArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Host { get; set; }
                public InputUnion<int, string> Port { get; set; } = null!;
            }

            public class PodOSArgs : global::Pulumi.ResourceArgs
            {
                public Input<string> Name { get; set; } = null!;
            }

            public class PodSpecPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<bool>? AutomountServiceAccountToken { get; set; }
                private InputList<ContainerPatchArgs>? _containers;
                public InputList<ContainerPatchArgs> Containers { get => _containers ?? (_containers = new InputList<ContainerPatchArgs>()); set => _containers = value; }
                public Input<string>? ServiceAccountName { get; set; }
            }

            public class ContainerPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? Image { get; set; }
                public Input<string>? Name { get; set; }
            }

            public class PodTemplateSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs>? Spec { get; set; }
            }

            public class PodTemplateSpecPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaPatchArgs>? Metadata { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecPatchArgs>? Spec { get; set; }
            }

            public class PodArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? ApiVersion { get; set; }
                public Input<string>? Kind { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs>? Spec { get; set; }
            }

            public class PodTemplateArgs : global::Pulumi.ResourceArgs
            {
                public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateSpecArgs>? Template { get; set; }
            }

            public class ServiceAccountArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? ApiVersion { get; set; }
                public Input<bool>? AutomountServiceAccountToken { get; set; }
                public Input<string>? Kind { get; set; }
                public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1
        {
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            public class DeploymentSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<int>? Replicas { get; set; }
                public Input<LabelSelectorArgs> Selector { get; set; } = null!;
                public Input<PodTemplateSpecArgs> Template { get; set; } = null!;
            }

            public class DeploymentArgs : global::Pulumi.ResourceArgs
            {
                public Input<string>? ApiVersion { get; set; }
                public Input<string>? Kind { get; set; }
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<DeploymentSpecArgs>? Spec { get; set; }
            }

            public class DeploymentSpecPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<int>? Replicas { get; set; }
                public Input<PodTemplateSpecPatchArgs>? Template { get; set; }
            }

            public class DeploymentPatchArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaPatchArgs>? Metadata { get; set; }
                public Input<DeploymentSpecPatchArgs>? Spec { get; set; }
            }

            public class StatefulSetSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<LabelSelectorArgs> Selector { get; set; } = null!;
                public Input<string>? ServiceName { get; set; }
                public Input<PodTemplateSpecArgs> Template { get; set; } = null!;
            }

            public class StatefulSetArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<StatefulSetSpecArgs>? Spec { get; set; }
            }

            public class DaemonSetSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<LabelSelectorArgs> Selector { get; set; } = null!;
                public Input<PodTemplateSpecArgs> Template { get; set; } = null!;
            }

            public class DaemonSetArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<DaemonSetSpecArgs>? Spec { get; set; }
            }

            public class ReplicaSetSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<LabelSelectorArgs> Selector { get; set; } = null!;
                public Input<PodTemplateSpecArgs>? Template { get; set; }
            }

            public class ReplicaSetArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<ReplicaSetSpecArgs>? Spec { get; set; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1
        {
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            public class DeploymentSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<PodTemplateSpecArgs> Template { get; set; } = null!;
            }

            public class DeploymentArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<DeploymentSpecArgs>? Spec { get; set; }
            }
        }

        namespace Pulumi.Kubernetes.Types.Inputs.Batch.V1
        {
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            public class JobSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<int>? BackoffLimit { get; set; }
                public Input<PodTemplateSpecArgs> Template { get; set; } = null!;
            }

            public class JobArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<JobSpecArgs>? Spec { get; set; }
            }

            public class JobTemplateSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<JobSpecArgs>? Spec { get; set; }
            }

            public class CronJobSpecArgs : global::Pulumi.ResourceArgs
            {
                public Input<JobTemplateSpecArgs> JobTemplate { get; set; } = null!;
                public Input<string> Schedule { get; set; } = null!;
            }

            public class CronJobArgs : global::Pulumi.ResourceArgs
            {
                public Input<ObjectMetaArgs>? Metadata { get; set; }
                public Input<CronJobSpecArgs>? Spec { get; set; }
            }
        }

        namespace Pulumi.Kubernetes.Core.V1
        {
            using Pulumi;

            public partial class Pod : global::Pulumi.CustomResource
            {
                public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;
                public Output<Pulumi.Kubernetes.Types.Outputs.Core.V1.PodSpec> Spec { get; private set; } = null!;
                public Pod(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.PodArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:core/v1:Pod", name, args, options) { }
            }

            public partial class PodTemplate : global::Pulumi.CustomResource
            {
                public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;
                public PodTemplate(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:core/v1:PodTemplate", name, args, options) { }
            }

            public partial class ServiceAccount : global::Pulumi.CustomResource
            {
                public Output<bool> AutomountServiceAccountToken { get; private set; } = null!;
                public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;
                public ServiceAccount(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:core/v1:ServiceAccount", name, args, options) { }
            }
        }

        namespace Pulumi.Kubernetes.Apps.V1
        {
            using Pulumi;

            public partial class Deployment : global::Pulumi.CustomResource
            {
                public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;
                public Deployment(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1:Deployment", name, args, options) { }
            }

            public partial class DeploymentPatch : global::Pulumi.CustomResource
            {
                public DeploymentPatch(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentPatchArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1:DeploymentPatch", name, args, options) { }
            }

            public partial class StatefulSet : global::Pulumi.CustomResource
            {
                public StatefulSet(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.StatefulSetArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1:StatefulSet", name, args, options) { }
            }

            public partial class DaemonSet : global::Pulumi.CustomResource
            {
                public DaemonSet(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.DaemonSetArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1:DaemonSet", name, args, options) { }
            }

            public partial class ReplicaSet : global::Pulumi.CustomResource
            {
                public ReplicaSet(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.ReplicaSetArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1:ReplicaSet", name, args, options) { }
            }
        }

        namespace Pulumi.Kubernetes.Apps.V1Beta1
        {
            using Pulumi;

            public partial class Deployment : global::Pulumi.CustomResource
            {
                public Deployment(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1Beta1.DeploymentArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:apps/v1beta1:Deployment", name, args, options) { }
            }
        }

        namespace Pulumi.Kubernetes.Batch.V1
        {
            using Pulumi;

            public partial class Job : global::Pulumi.CustomResource
            {
                public Job(string name, Pulumi.Kubernetes.Types.Inputs.Batch.V1.JobArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:batch/v1:Job", name, args, options) { }
            }

            public partial class CronJob : global::Pulumi.CustomResource
            {
                public CronJob(string name, Pulumi.Kubernetes.Types.Inputs.Batch.V1.CronJobArgs? args = null, CustomResourceOptions? options = null) : base("kubernetes:batch/v1:CronJob", name, args, options) { }
            }
        }
        """;
}
