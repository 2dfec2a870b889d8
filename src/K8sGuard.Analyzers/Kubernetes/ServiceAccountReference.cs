using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>The service account a pod runs as, as far as the code shows it.</summary>
internal readonly struct ServiceAccountReference
{
    public const string DefaultAccountName = "default";

    public ServiceAccountReference(string? name, string? @namespace, ServiceAccountFact? resolved = null)
    {
        Name = name;
        Namespace = @namespace;
        Resolved = resolved;
    }

    /// <summary>The account name; null when the code computes it at run time.</summary>
    public string? Name { get; }

    /// <summary>The pod's namespace; null when not visible (then the namespace the manifest is applied to).</summary>
    public string? Namespace { get; }

    /// <summary>The account object itself, when the pod names it through that object's output (Pulumi's <c>Apply</c>).</summary>
    public ServiceAccountFact? Resolved { get; }

    public bool IsDefaultAccount => Name == DefaultAccountName;

    /// <summary>True when the pod names the very account object, that object sets <c>false</c>, and the namespaces agree.</summary>
    public bool ResolvedAccountDisablesAutomount
        => Resolved is { Automount: AutomountSetting.False } account
           && (account.Namespace is null || Namespace is null || account.Namespace == Namespace);

    /// <summary>
    /// Kubernetes' rule: <c>serviceAccountName</c>, else the deprecated <c>serviceAccount</c>, else <c>default</c>
    /// (an empty string is the same as unset). The namespace is the enclosing workload's.
    /// </summary>
    public static ServiceAccountReference Of(CreatedObject podSpec, EnclosingWorkload? workload, CancellationToken cancellationToken)
    {
        var properties = podSpec.Properties;
        var accountName = podSpec.Final(properties.ServiceAccountName);
        var name = NameOrFallback(accountName, () => DeprecatedName(podSpec, properties));
        var resolved = name is null ? ResourceOutputReference.ResolveServiceAccount(accountName.Operation, podSpec.Model, cancellationToken) : null;
        return new ServiceAccountReference(name ?? resolved?.Name, workload?.Namespace, resolved);
    }

    private static string? DeprecatedName(CreatedObject podSpec, PropertyNames properties)
    {
        foreach (var alias in properties.DeprecatedServiceAccount)
        {
            var value = podSpec.Final(alias);
            if (value.Kind is not (PropertyValueKind.Unset or PropertyValueKind.Null))
            {
                return NameOrFallback(value, () => DefaultAccountName);
            }
        }

        return DefaultAccountName;
    }

    private static string? NameOrFallback(PropertyValue value, System.Func<string?> fallback) => value switch
    {
        { Kind: PropertyValueKind.Unset or PropertyValueKind.Null } => fallback(),
        { Kind: PropertyValueKind.Constant, Constant: string { Length: 0 } } => fallback(),
        { Kind: PropertyValueKind.Constant, Constant: string name } => name,
        _ => null,
    };
}
