namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>What a ServiceAccount's <c>automountServiceAccountToken</c> is known to be.</summary>
internal enum AutomountSetting
{
    Unset,
    False,
    True,
    Unknown,
}

/// <summary>A ServiceAccount the project's code creates, with what the source shows of it.</summary>
internal readonly struct ServiceAccountFact
{
    public ServiceAccountFact(string? name, string? @namespace, AutomountSetting automount)
    {
        Name = name;
        Namespace = @namespace;
        Automount = automount;
    }

    /// <summary>Constant <c>metadata.name</c>; null when unknown.</summary>
    public string? Name { get; }

    /// <summary>Constant <c>metadata.namespace</c>; null when unknown or unset.</summary>
    public string? Namespace { get; }

    public AutomountSetting Automount { get; }

    /// <summary>True when this account can be the one <paramref name="pod"/> runs as: same name, namespaces equal or either unknown.</summary>
    public bool CanBe(ServiceAccountReference pod)
        => Name is not null
           && Name == pod.Name
           && (Namespace is null || pod.Namespace is null || Namespace == pod.Namespace);
}
