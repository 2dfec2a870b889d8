namespace K8sGuard.Analyzers.Tests.Stubs;

/// <summary>
/// A source stub of KubernetesClient before v18 (the class era): partial classes in <c>k8s.Models</c> with a
/// parameterless constructor and a full constructor whose parameters are the camelCase property names,
/// required ones first, optional ones defaulting to null in schema order. The real class-era package cannot
/// be referenced in the same compilation as the record-era one, so these shapes are declared here. The pod spec, container,
/// security-context, volume, port, probe and metadata classes are v17.0.14's (Kubernetes 1.33) generated signatures,
/// parameters in the generator's order (required first, then alphabetical); the workload classes keep only the
/// parameters the tests use, in the same order.
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
                public V1ObjectMeta(IDictionary<string, string> annotations = null, System.DateTime? creationTimestamp = null, long? deletionGracePeriodSeconds = null, System.DateTime? deletionTimestamp = null, IList<string> finalizers = null, string generateName = null, long? generation = null, IDictionary<string, string> labels = null, IList<V1ManagedFieldsEntry> managedFields = null, string name = null, string namespaceProperty = null, IList<V1OwnerReference> ownerReferences = null, string resourceVersion = null, string selfLink = null, string uid = null)
                {
                    Annotations = annotations; CreationTimestamp = creationTimestamp; DeletionGracePeriodSeconds = deletionGracePeriodSeconds; DeletionTimestamp = deletionTimestamp; Finalizers = finalizers; GenerateName = generateName; Generation = generation; Labels = labels; ManagedFields = managedFields; Name = name; NamespaceProperty = namespaceProperty; OwnerReferences = ownerReferences; ResourceVersion = resourceVersion; SelfLink = selfLink; Uid = uid;
                }
                public IDictionary<string, string> Annotations { get; set; }
                public System.DateTime? CreationTimestamp { get; set; }
                public long? DeletionGracePeriodSeconds { get; set; }
                public System.DateTime? DeletionTimestamp { get; set; }
                public IList<string> Finalizers { get; set; }
                public string GenerateName { get; set; }
                public long? Generation { get; set; }
                public IDictionary<string, string> Labels { get; set; }
                public IList<V1ManagedFieldsEntry> ManagedFields { get; set; }
                public string Name { get; set; }
                public string NamespaceProperty { get; set; }
                public IList<V1OwnerReference> OwnerReferences { get; set; }
                public string ResourceVersion { get; set; }
                public string SelfLink { get; set; }
                public string Uid { get; set; }
            }

            public partial class V1PodSpec
            {
                public V1PodSpec() { }
                public V1PodSpec(IList<V1Container> containers, long? activeDeadlineSeconds = null, V1Affinity affinity = null, bool? automountServiceAccountToken = null, V1PodDNSConfig dnsConfig = null, string dnsPolicy = null, bool? enableServiceLinks = null, IList<V1EphemeralContainer> ephemeralContainers = null, IList<V1HostAlias> hostAliases = null, bool? hostIPC = null, bool? hostNetwork = null, bool? hostPID = null, bool? hostUsers = null, string hostname = null, IList<V1LocalObjectReference> imagePullSecrets = null, IList<V1Container> initContainers = null, string nodeName = null, IDictionary<string, string> nodeSelector = null, V1PodOS os = null, IDictionary<string, ResourceQuantity> overhead = null, string preemptionPolicy = null, int? priority = null, string priorityClassName = null, IList<V1PodReadinessGate> readinessGates = null, IList<V1PodResourceClaim> resourceClaims = null, V1ResourceRequirements resources = null, string restartPolicy = null, string runtimeClassName = null, string schedulerName = null, IList<V1PodSchedulingGate> schedulingGates = null, V1PodSecurityContext securityContext = null, string serviceAccount = null, string serviceAccountName = null, bool? setHostnameAsFQDN = null, bool? shareProcessNamespace = null, string subdomain = null, long? terminationGracePeriodSeconds = null, IList<V1Toleration> tolerations = null, IList<V1TopologySpreadConstraint> topologySpreadConstraints = null, IList<V1Volume> volumes = null)
                {
                    Containers = containers; ActiveDeadlineSeconds = activeDeadlineSeconds; Affinity = affinity; AutomountServiceAccountToken = automountServiceAccountToken; DnsConfig = dnsConfig; DnsPolicy = dnsPolicy; EnableServiceLinks = enableServiceLinks; EphemeralContainers = ephemeralContainers; HostAliases = hostAliases; HostIPC = hostIPC; HostNetwork = hostNetwork; HostPID = hostPID; HostUsers = hostUsers; Hostname = hostname; ImagePullSecrets = imagePullSecrets; InitContainers = initContainers; NodeName = nodeName; NodeSelector = nodeSelector; Os = os; Overhead = overhead; PreemptionPolicy = preemptionPolicy; Priority = priority; PriorityClassName = priorityClassName; ReadinessGates = readinessGates; ResourceClaims = resourceClaims; Resources = resources; RestartPolicy = restartPolicy; RuntimeClassName = runtimeClassName; SchedulerName = schedulerName; SchedulingGates = schedulingGates; SecurityContext = securityContext; ServiceAccount = serviceAccount; ServiceAccountName = serviceAccountName; SetHostnameAsFQDN = setHostnameAsFQDN; ShareProcessNamespace = shareProcessNamespace; Subdomain = subdomain; TerminationGracePeriodSeconds = terminationGracePeriodSeconds; Tolerations = tolerations; TopologySpreadConstraints = topologySpreadConstraints; Volumes = volumes;
                }
                public long? ActiveDeadlineSeconds { get; set; }
                public V1Affinity Affinity { get; set; }
                public bool? AutomountServiceAccountToken { get; set; }
                public IList<V1Container> Containers { get; set; }
                public V1PodDNSConfig DnsConfig { get; set; }
                public string DnsPolicy { get; set; }
                public bool? EnableServiceLinks { get; set; }
                public IList<V1EphemeralContainer> EphemeralContainers { get; set; }
                public IList<V1HostAlias> HostAliases { get; set; }
                public bool? HostIPC { get; set; }
                public bool? HostNetwork { get; set; }
                public bool? HostPID { get; set; }
                public bool? HostUsers { get; set; }
                public string Hostname { get; set; }
                public IList<V1LocalObjectReference> ImagePullSecrets { get; set; }
                public IList<V1Container> InitContainers { get; set; }
                public string NodeName { get; set; }
                public IDictionary<string, string> NodeSelector { get; set; }
                public V1PodOS Os { get; set; }
                public IDictionary<string, ResourceQuantity> Overhead { get; set; }
                public string PreemptionPolicy { get; set; }
                public int? Priority { get; set; }
                public string PriorityClassName { get; set; }
                public IList<V1PodReadinessGate> ReadinessGates { get; set; }
                public IList<V1PodResourceClaim> ResourceClaims { get; set; }
                public V1ResourceRequirements Resources { get; set; }
                public string RestartPolicy { get; set; }
                public string RuntimeClassName { get; set; }
                public string SchedulerName { get; set; }
                public IList<V1PodSchedulingGate> SchedulingGates { get; set; }
                public V1PodSecurityContext SecurityContext { get; set; }
                public string ServiceAccount { get; set; }
                public string ServiceAccountName { get; set; }
                public bool? SetHostnameAsFQDN { get; set; }
                public bool? ShareProcessNamespace { get; set; }
                public string Subdomain { get; set; }
                public long? TerminationGracePeriodSeconds { get; set; }
                public IList<V1Toleration> Tolerations { get; set; }
                public IList<V1TopologySpreadConstraint> TopologySpreadConstraints { get; set; }
                public IList<V1Volume> Volumes { get; set; }
            }

            public partial class V1Container
            {
                public V1Container() { }
                public V1Container(string name, IList<string> args = null, IList<string> command = null, IList<V1EnvVar> env = null, IList<V1EnvFromSource> envFrom = null, string image = null, string imagePullPolicy = null, V1Lifecycle lifecycle = null, V1Probe livenessProbe = null, IList<V1ContainerPort> ports = null, V1Probe readinessProbe = null, IList<V1ContainerResizePolicy> resizePolicy = null, V1ResourceRequirements resources = null, string restartPolicy = null, V1SecurityContext securityContext = null, V1Probe startupProbe = null, bool? stdin = null, bool? stdinOnce = null, string terminationMessagePath = null, string terminationMessagePolicy = null, bool? tty = null, IList<V1VolumeDevice> volumeDevices = null, IList<V1VolumeMount> volumeMounts = null, string workingDir = null)
                {
                    Name = name; Args = args; Command = command; Env = env; EnvFrom = envFrom; Image = image; ImagePullPolicy = imagePullPolicy; Lifecycle = lifecycle; LivenessProbe = livenessProbe; Ports = ports; ReadinessProbe = readinessProbe; ResizePolicy = resizePolicy; Resources = resources; RestartPolicy = restartPolicy; SecurityContext = securityContext; StartupProbe = startupProbe; Stdin = stdin; StdinOnce = stdinOnce; TerminationMessagePath = terminationMessagePath; TerminationMessagePolicy = terminationMessagePolicy; Tty = tty; VolumeDevices = volumeDevices; VolumeMounts = volumeMounts; WorkingDir = workingDir;
                }
                public IList<string> Args { get; set; }
                public IList<string> Command { get; set; }
                public IList<V1EnvVar> Env { get; set; }
                public IList<V1EnvFromSource> EnvFrom { get; set; }
                public string Image { get; set; }
                public string ImagePullPolicy { get; set; }
                public V1Lifecycle Lifecycle { get; set; }
                public V1Probe LivenessProbe { get; set; }
                public string Name { get; set; }
                public IList<V1ContainerPort> Ports { get; set; }
                public V1Probe ReadinessProbe { get; set; }
                public IList<V1ContainerResizePolicy> ResizePolicy { get; set; }
                public V1ResourceRequirements Resources { get; set; }
                public string RestartPolicy { get; set; }
                public V1SecurityContext SecurityContext { get; set; }
                public V1Probe StartupProbe { get; set; }
                public bool? Stdin { get; set; }
                public bool? StdinOnce { get; set; }
                public string TerminationMessagePath { get; set; }
                public string TerminationMessagePolicy { get; set; }
                public bool? Tty { get; set; }
                public IList<V1VolumeDevice> VolumeDevices { get; set; }
                public IList<V1VolumeMount> VolumeMounts { get; set; }
                public string WorkingDir { get; set; }
            }

            public partial class V1EphemeralContainer
            {
                public V1EphemeralContainer() { }
                public V1EphemeralContainer(string name, IList<string> args = null, IList<string> command = null, IList<V1EnvVar> env = null, IList<V1EnvFromSource> envFrom = null, string image = null, string imagePullPolicy = null, V1Lifecycle lifecycle = null, V1Probe livenessProbe = null, IList<V1ContainerPort> ports = null, V1Probe readinessProbe = null, IList<V1ContainerResizePolicy> resizePolicy = null, V1ResourceRequirements resources = null, string restartPolicy = null, V1SecurityContext securityContext = null, V1Probe startupProbe = null, bool? stdin = null, bool? stdinOnce = null, string targetContainerName = null, string terminationMessagePath = null, string terminationMessagePolicy = null, bool? tty = null, IList<V1VolumeDevice> volumeDevices = null, IList<V1VolumeMount> volumeMounts = null, string workingDir = null)
                {
                    Name = name; Args = args; Command = command; Env = env; EnvFrom = envFrom; Image = image; ImagePullPolicy = imagePullPolicy; Lifecycle = lifecycle; LivenessProbe = livenessProbe; Ports = ports; ReadinessProbe = readinessProbe; ResizePolicy = resizePolicy; Resources = resources; RestartPolicy = restartPolicy; SecurityContext = securityContext; StartupProbe = startupProbe; Stdin = stdin; StdinOnce = stdinOnce; TargetContainerName = targetContainerName; TerminationMessagePath = terminationMessagePath; TerminationMessagePolicy = terminationMessagePolicy; Tty = tty; VolumeDevices = volumeDevices; VolumeMounts = volumeMounts; WorkingDir = workingDir;
                }
                public IList<string> Args { get; set; }
                public IList<string> Command { get; set; }
                public IList<V1EnvVar> Env { get; set; }
                public IList<V1EnvFromSource> EnvFrom { get; set; }
                public string Image { get; set; }
                public string ImagePullPolicy { get; set; }
                public V1Lifecycle Lifecycle { get; set; }
                public V1Probe LivenessProbe { get; set; }
                public string Name { get; set; }
                public IList<V1ContainerPort> Ports { get; set; }
                public V1Probe ReadinessProbe { get; set; }
                public IList<V1ContainerResizePolicy> ResizePolicy { get; set; }
                public V1ResourceRequirements Resources { get; set; }
                public string RestartPolicy { get; set; }
                public V1SecurityContext SecurityContext { get; set; }
                public V1Probe StartupProbe { get; set; }
                public bool? Stdin { get; set; }
                public bool? StdinOnce { get; set; }
                public string TargetContainerName { get; set; }
                public string TerminationMessagePath { get; set; }
                public string TerminationMessagePolicy { get; set; }
                public bool? Tty { get; set; }
                public IList<V1VolumeDevice> VolumeDevices { get; set; }
                public IList<V1VolumeMount> VolumeMounts { get; set; }
                public string WorkingDir { get; set; }
            }

            public partial class V1PodSecurityContext
            {
                public V1PodSecurityContext() { }
                public V1PodSecurityContext(V1AppArmorProfile appArmorProfile = null, long? fsGroup = null, string fsGroupChangePolicy = null, long? runAsGroup = null, bool? runAsNonRoot = null, long? runAsUser = null, string seLinuxChangePolicy = null, V1SELinuxOptions seLinuxOptions = null, V1SeccompProfile seccompProfile = null, IList<long?> supplementalGroups = null, string supplementalGroupsPolicy = null, IList<V1Sysctl> sysctls = null, V1WindowsSecurityContextOptions windowsOptions = null)
                {
                    AppArmorProfile = appArmorProfile; FsGroup = fsGroup; FsGroupChangePolicy = fsGroupChangePolicy; RunAsGroup = runAsGroup; RunAsNonRoot = runAsNonRoot; RunAsUser = runAsUser; SeLinuxChangePolicy = seLinuxChangePolicy; SeLinuxOptions = seLinuxOptions; SeccompProfile = seccompProfile; SupplementalGroups = supplementalGroups; SupplementalGroupsPolicy = supplementalGroupsPolicy; Sysctls = sysctls; WindowsOptions = windowsOptions;
                }
                public V1AppArmorProfile AppArmorProfile { get; set; }
                public long? FsGroup { get; set; }
                public string FsGroupChangePolicy { get; set; }
                public long? RunAsGroup { get; set; }
                public bool? RunAsNonRoot { get; set; }
                public long? RunAsUser { get; set; }
                public string SeLinuxChangePolicy { get; set; }
                public V1SELinuxOptions SeLinuxOptions { get; set; }
                public V1SeccompProfile SeccompProfile { get; set; }
                public IList<long?> SupplementalGroups { get; set; }
                public string SupplementalGroupsPolicy { get; set; }
                public IList<V1Sysctl> Sysctls { get; set; }
                public V1WindowsSecurityContextOptions WindowsOptions { get; set; }
            }

            public partial class V1SecurityContext
            {
                public V1SecurityContext() { }
                public V1SecurityContext(bool? allowPrivilegeEscalation = null, V1AppArmorProfile appArmorProfile = null, V1Capabilities capabilities = null, bool? privileged = null, string procMount = null, bool? readOnlyRootFilesystem = null, long? runAsGroup = null, bool? runAsNonRoot = null, long? runAsUser = null, V1SELinuxOptions seLinuxOptions = null, V1SeccompProfile seccompProfile = null, V1WindowsSecurityContextOptions windowsOptions = null)
                {
                    AllowPrivilegeEscalation = allowPrivilegeEscalation; AppArmorProfile = appArmorProfile; Capabilities = capabilities; Privileged = privileged; ProcMount = procMount; ReadOnlyRootFilesystem = readOnlyRootFilesystem; RunAsGroup = runAsGroup; RunAsNonRoot = runAsNonRoot; RunAsUser = runAsUser; SeLinuxOptions = seLinuxOptions; SeccompProfile = seccompProfile; WindowsOptions = windowsOptions;
                }
                public bool? AllowPrivilegeEscalation { get; set; }
                public V1AppArmorProfile AppArmorProfile { get; set; }
                public V1Capabilities Capabilities { get; set; }
                public bool? Privileged { get; set; }
                public string ProcMount { get; set; }
                public bool? ReadOnlyRootFilesystem { get; set; }
                public long? RunAsGroup { get; set; }
                public bool? RunAsNonRoot { get; set; }
                public long? RunAsUser { get; set; }
                public V1SELinuxOptions SeLinuxOptions { get; set; }
                public V1SeccompProfile SeccompProfile { get; set; }
                public V1WindowsSecurityContextOptions WindowsOptions { get; set; }
            }

            public partial class V1Capabilities
            {
                public V1Capabilities() { }
                public V1Capabilities(IList<string> add = null, IList<string> drop = null)
                {
                    Add = add; Drop = drop;
                }
                public IList<string> Add { get; set; }
                public IList<string> Drop { get; set; }
            }

            public partial class V1SeccompProfile
            {
                public V1SeccompProfile() { }
                public V1SeccompProfile(string type, string localhostProfile = null)
                {
                    Type = type; LocalhostProfile = localhostProfile;
                }
                public string LocalhostProfile { get; set; }
                public string Type { get; set; }
            }

            public partial class V1AppArmorProfile
            {
                public V1AppArmorProfile() { }
                public V1AppArmorProfile(string type, string localhostProfile = null)
                {
                    Type = type; LocalhostProfile = localhostProfile;
                }
                public string LocalhostProfile { get; set; }
                public string Type { get; set; }
            }

            public partial class V1SELinuxOptions
            {
                public V1SELinuxOptions() { }
                public V1SELinuxOptions(string level = null, string role = null, string type = null, string user = null)
                {
                    Level = level; Role = role; Type = type; User = user;
                }
                public string Level { get; set; }
                public string Role { get; set; }
                public string Type { get; set; }
                public string User { get; set; }
            }

            public partial class V1WindowsSecurityContextOptions
            {
                public V1WindowsSecurityContextOptions() { }
                public V1WindowsSecurityContextOptions(string gmsaCredentialSpec = null, string gmsaCredentialSpecName = null, bool? hostProcess = null, string runAsUserName = null)
                {
                    GmsaCredentialSpec = gmsaCredentialSpec; GmsaCredentialSpecName = gmsaCredentialSpecName; HostProcess = hostProcess; RunAsUserName = runAsUserName;
                }
                public string GmsaCredentialSpec { get; set; }
                public string GmsaCredentialSpecName { get; set; }
                public bool? HostProcess { get; set; }
                public string RunAsUserName { get; set; }
            }

            public partial class V1Sysctl
            {
                public V1Sysctl() { }
                public V1Sysctl(string name, string value)
                {
                    Name = name; Value = value;
                }
                public string Name { get; set; }
                public string Value { get; set; }
            }

            public partial class V1Volume
            {
                public V1Volume() { }
                public V1Volume(string name, V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore = null, V1AzureDiskVolumeSource azureDisk = null, V1AzureFileVolumeSource azureFile = null, V1CephFSVolumeSource cephfs = null, V1CinderVolumeSource cinder = null, V1ConfigMapVolumeSource configMap = null, V1CSIVolumeSource csi = null, V1DownwardAPIVolumeSource downwardAPI = null, V1EmptyDirVolumeSource emptyDir = null, V1EphemeralVolumeSource ephemeral = null, V1FCVolumeSource fc = null, V1FlexVolumeSource flexVolume = null, V1FlockerVolumeSource flocker = null, V1GCEPersistentDiskVolumeSource gcePersistentDisk = null, V1GitRepoVolumeSource gitRepo = null, V1GlusterfsVolumeSource glusterfs = null, V1HostPathVolumeSource hostPath = null, V1ImageVolumeSource image = null, V1ISCSIVolumeSource iscsi = null, V1NFSVolumeSource nfs = null, V1PersistentVolumeClaimVolumeSource persistentVolumeClaim = null, V1PhotonPersistentDiskVolumeSource photonPersistentDisk = null, V1PortworxVolumeSource portworxVolume = null, V1ProjectedVolumeSource projected = null, V1QuobyteVolumeSource quobyte = null, V1RBDVolumeSource rbd = null, V1ScaleIOVolumeSource scaleIO = null, V1SecretVolumeSource secret = null, V1StorageOSVolumeSource storageos = null, V1VsphereVirtualDiskVolumeSource vsphereVolume = null)
                {
                    Name = name; AwsElasticBlockStore = awsElasticBlockStore; AzureDisk = azureDisk; AzureFile = azureFile; Cephfs = cephfs; Cinder = cinder; ConfigMap = configMap; Csi = csi; DownwardAPI = downwardAPI; EmptyDir = emptyDir; Ephemeral = ephemeral; Fc = fc; FlexVolume = flexVolume; Flocker = flocker; GcePersistentDisk = gcePersistentDisk; GitRepo = gitRepo; Glusterfs = glusterfs; HostPath = hostPath; Image = image; Iscsi = iscsi; Nfs = nfs; PersistentVolumeClaim = persistentVolumeClaim; PhotonPersistentDisk = photonPersistentDisk; PortworxVolume = portworxVolume; Projected = projected; Quobyte = quobyte; Rbd = rbd; ScaleIO = scaleIO; Secret = secret; Storageos = storageos; VsphereVolume = vsphereVolume;
                }
                public V1AWSElasticBlockStoreVolumeSource AwsElasticBlockStore { get; set; }
                public V1AzureDiskVolumeSource AzureDisk { get; set; }
                public V1AzureFileVolumeSource AzureFile { get; set; }
                public V1CephFSVolumeSource Cephfs { get; set; }
                public V1CinderVolumeSource Cinder { get; set; }
                public V1ConfigMapVolumeSource ConfigMap { get; set; }
                public V1CSIVolumeSource Csi { get; set; }
                public V1DownwardAPIVolumeSource DownwardAPI { get; set; }
                public V1EmptyDirVolumeSource EmptyDir { get; set; }
                public V1EphemeralVolumeSource Ephemeral { get; set; }
                public V1FCVolumeSource Fc { get; set; }
                public V1FlexVolumeSource FlexVolume { get; set; }
                public V1FlockerVolumeSource Flocker { get; set; }
                public V1GCEPersistentDiskVolumeSource GcePersistentDisk { get; set; }
                public V1GitRepoVolumeSource GitRepo { get; set; }
                public V1GlusterfsVolumeSource Glusterfs { get; set; }
                public V1HostPathVolumeSource HostPath { get; set; }
                public V1ImageVolumeSource Image { get; set; }
                public V1ISCSIVolumeSource Iscsi { get; set; }
                public string Name { get; set; }
                public V1NFSVolumeSource Nfs { get; set; }
                public V1PersistentVolumeClaimVolumeSource PersistentVolumeClaim { get; set; }
                public V1PhotonPersistentDiskVolumeSource PhotonPersistentDisk { get; set; }
                public V1PortworxVolumeSource PortworxVolume { get; set; }
                public V1ProjectedVolumeSource Projected { get; set; }
                public V1QuobyteVolumeSource Quobyte { get; set; }
                public V1RBDVolumeSource Rbd { get; set; }
                public V1ScaleIOVolumeSource ScaleIO { get; set; }
                public V1SecretVolumeSource Secret { get; set; }
                public V1StorageOSVolumeSource Storageos { get; set; }
                public V1VsphereVirtualDiskVolumeSource VsphereVolume { get; set; }
            }

            public partial class V1HostPathVolumeSource
            {
                public V1HostPathVolumeSource() { }
                public V1HostPathVolumeSource(string path, string type = null)
                {
                    Path = path; Type = type;
                }
                public string Path { get; set; }
                public string Type { get; set; }
            }

            public partial class V1ContainerPort
            {
                public V1ContainerPort() { }
                public V1ContainerPort(int containerPort, string hostIP = null, int? hostPort = null, string name = null, string protocol = null)
                {
                    ContainerPort = containerPort; HostIP = hostIP; HostPort = hostPort; Name = name; Protocol = protocol;
                }
                public int ContainerPort { get; set; }
                public string HostIP { get; set; }
                public int? HostPort { get; set; }
                public string Name { get; set; }
                public string Protocol { get; set; }
            }

            public partial class V1Probe
            {
                public V1Probe() { }
                public V1Probe(V1ExecAction exec = null, int? failureThreshold = null, V1GRPCAction grpc = null, V1HTTPGetAction httpGet = null, int? initialDelaySeconds = null, int? periodSeconds = null, int? successThreshold = null, V1TCPSocketAction tcpSocket = null, long? terminationGracePeriodSeconds = null, int? timeoutSeconds = null)
                {
                    Exec = exec; FailureThreshold = failureThreshold; Grpc = grpc; HttpGet = httpGet; InitialDelaySeconds = initialDelaySeconds; PeriodSeconds = periodSeconds; SuccessThreshold = successThreshold; TcpSocket = tcpSocket; TerminationGracePeriodSeconds = terminationGracePeriodSeconds; TimeoutSeconds = timeoutSeconds;
                }
                public V1ExecAction Exec { get; set; }
                public int? FailureThreshold { get; set; }
                public V1GRPCAction Grpc { get; set; }
                public V1HTTPGetAction HttpGet { get; set; }
                public int? InitialDelaySeconds { get; set; }
                public int? PeriodSeconds { get; set; }
                public int? SuccessThreshold { get; set; }
                public V1TCPSocketAction TcpSocket { get; set; }
                public long? TerminationGracePeriodSeconds { get; set; }
                public int? TimeoutSeconds { get; set; }
            }

            public partial class V1Lifecycle
            {
                public V1Lifecycle() { }
                public V1Lifecycle(V1LifecycleHandler postStart = null, V1LifecycleHandler preStop = null, string stopSignal = null)
                {
                    PostStart = postStart; PreStop = preStop; StopSignal = stopSignal;
                }
                public V1LifecycleHandler PostStart { get; set; }
                public V1LifecycleHandler PreStop { get; set; }
                public string StopSignal { get; set; }
            }

            public partial class V1LifecycleHandler
            {
                public V1LifecycleHandler() { }
                public V1LifecycleHandler(V1ExecAction exec = null, V1HTTPGetAction httpGet = null, V1SleepAction sleep = null, V1TCPSocketAction tcpSocket = null)
                {
                    Exec = exec; HttpGet = httpGet; Sleep = sleep; TcpSocket = tcpSocket;
                }
                public V1ExecAction Exec { get; set; }
                public V1HTTPGetAction HttpGet { get; set; }
                public V1SleepAction Sleep { get; set; }
                public V1TCPSocketAction TcpSocket { get; set; }
            }

            public partial class V1HTTPGetAction
            {
                public V1HTTPGetAction() { }
                public V1HTTPGetAction(IntstrIntOrString port, string host = null, IList<V1HTTPHeader> httpHeaders = null, string path = null, string scheme = null)
                {
                    Port = port; Host = host; HttpHeaders = httpHeaders; Path = path; Scheme = scheme;
                }
                public string Host { get; set; }
                public IList<V1HTTPHeader> HttpHeaders { get; set; }
                public string Path { get; set; }
                public IntstrIntOrString Port { get; set; }
                public string Scheme { get; set; }
            }

            public partial class V1TCPSocketAction
            {
                public V1TCPSocketAction() { }
                public V1TCPSocketAction(IntstrIntOrString port, string host = null)
                {
                    Port = port; Host = host;
                }
                public string Host { get; set; }
                public IntstrIntOrString Port { get; set; }
            }

            public partial class V1PodOS
            {
                public V1PodOS() { }
                public V1PodOS(string name)
                {
                    Name = name;
                }
                public string Name { get; set; }
            }

            public partial class IntstrIntOrString
            {
                public IntstrIntOrString() { }
                public IntstrIntOrString(string value = null) { Value = value; }
                public string Value { get; set; }
                public static implicit operator IntstrIntOrString(int v) => new IntstrIntOrString(v.ToString());
                public static implicit operator IntstrIntOrString(long v) => new IntstrIntOrString(v.ToString());
                public static implicit operator IntstrIntOrString(string v) => new IntstrIntOrString(v);
                public static implicit operator string(IntstrIntOrString v) => v?.Value;
            }

            public partial class ResourceQuantity { }
            public partial class V1AWSElasticBlockStoreVolumeSource { }
            public partial class V1Affinity { }
            public partial class V1AzureDiskVolumeSource { }
            public partial class V1AzureFileVolumeSource { }
            public partial class V1CSIVolumeSource { }
            public partial class V1CephFSVolumeSource { }
            public partial class V1CinderVolumeSource { }
            public partial class V1ConfigMapVolumeSource { }
            public partial class V1ContainerResizePolicy { }
            public partial class V1DownwardAPIVolumeSource { }
            public partial class V1EmptyDirVolumeSource { }
            public partial class V1EnvFromSource { }
            public partial class V1EnvVar { }
            public partial class V1EphemeralVolumeSource { }
            public partial class V1ExecAction { }
            public partial class V1FCVolumeSource { }
            public partial class V1FlexVolumeSource { }
            public partial class V1FlockerVolumeSource { }
            public partial class V1GCEPersistentDiskVolumeSource { }
            public partial class V1GRPCAction { }
            public partial class V1GitRepoVolumeSource { }
            public partial class V1GlusterfsVolumeSource { }
            public partial class V1HTTPHeader { }
            public partial class V1HostAlias { }
            public partial class V1ISCSIVolumeSource { }
            public partial class V1ImageVolumeSource { }
            public partial class V1ManagedFieldsEntry { }
            public partial class V1NFSVolumeSource { }
            public partial class V1OwnerReference { }
            public partial class V1PersistentVolumeClaimVolumeSource { }
            public partial class V1PhotonPersistentDiskVolumeSource { }
            public partial class V1PodDNSConfig { }
            public partial class V1PodReadinessGate { }
            public partial class V1PodResourceClaim { }
            public partial class V1PodSchedulingGate { }
            public partial class V1PortworxVolumeSource { }
            public partial class V1ProjectedVolumeSource { }
            public partial class V1QuobyteVolumeSource { }
            public partial class V1RBDVolumeSource { }
            public partial class V1ResourceRequirements { }
            public partial class V1ScaleIOVolumeSource { }
            public partial class V1SecretVolumeSource { }
            public partial class V1SleepAction { }
            public partial class V1StorageOSVolumeSource { }
            public partial class V1Toleration { }
            public partial class V1TopologySpreadConstraint { }
            public partial class V1VolumeDevice { }
            public partial class V1VolumeMount { }
            public partial class V1VsphereVirtualDiskVolumeSource { }

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
