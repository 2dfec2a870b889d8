using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// What K8sGuard needs to know about one C# Kubernetes object model, as data: metadata names of its types
/// and the names of the properties the rules read. Adding a library means adding a description, not a rule.
/// </summary>
internal sealed class ObjectModelDescription
{
    public ObjectModelDescription(
        string name,
        string podSpecTypeName,
        string? serviceAccountTypeName,
        string objectMetaTypeName,
        ImmutableArray<WorkloadType> workloadTypes,
        PropertyNames properties,
        ImmutableArray<ModelKind> kinds,
        ImmutableArray<FieldName> fieldNames = default,
        string? serviceAccountResourceTypeName = null)
    {
        Name = name;
        PodSpecTypeName = podSpecTypeName;
        PodSpecShortName = podSpecTypeName.Substring(podSpecTypeName.LastIndexOf('.') + 1);
        ServiceAccountTypeName = serviceAccountTypeName;
        ObjectMetaTypeName = objectMetaTypeName;
        ServiceAccountResourceTypeName = serviceAccountResourceTypeName;
        WorkloadTypes = workloadTypes;
        Properties = properties;
        Kinds = kinds;
        foreach (var exception in fieldNames.IsDefault ? ImmutableArray<FieldName>.Empty : fieldNames)
        {
            _propertyNames[exception.Field] = exception.Property;
            if (exception.Parameter is not null)
            {
                _parameterNames[exception.Field] = exception.Parameter;
            }
        }
    }

    private readonly Dictionary<KubernetesField, string> _propertyNames = new();
    private readonly Dictionary<KubernetesField, string> _parameterNames = new();

    /// <summary>Human name of the library, for docs and debugging.</summary>
    public string Name { get; }

    /// <summary>Metadata name of the pod spec type; types derived from it count too.</summary>
    public string PodSpecTypeName { get; }

    /// <summary>The pod spec type's name without its namespace, for a quick look at an assembly's type names.</summary>
    public string PodSpecShortName { get; }

    /// <summary>
    /// Metadata name of the ServiceAccount object type; null for a model whose ServiceAccount cannot say whether its token
    /// is mounted (Aspire's): no pod can then rely on an account of that model.
    /// </summary>
    public string? ServiceAccountTypeName { get; }

    /// <summary>The short type name of <see cref="ServiceAccountTypeName"/>, as it appears in source.</summary>
    public string ServiceAccountTypeShortName => ServiceAccountTypeName is { } name ? name.Substring(name.LastIndexOf('.') + 1) : string.Empty;

    /// <summary>
    /// For infrastructure-as-code models (Pulumi): the resource that takes the ServiceAccount's args as its
    /// <c>args</c> constructor argument (<c>new ServiceAccount("name", new ServiceAccountArgs { … })</c>); null otherwise.
    /// </summary>
    public string? ServiceAccountResourceTypeName { get; }

    /// <summary>Metadata name of the object metadata type (name, namespace).</summary>
    public string ObjectMetaTypeName { get; }

    /// <summary>Objects that carry a pod spec (directly or through a template), with their Kubernetes kind.</summary>
    public ImmutableArray<WorkloadType> WorkloadTypes { get; }

    public PropertyNames Properties { get; }

    /// <summary>The metadata name of each kind of object the library models (pod spec and ServiceAccount included).</summary>
    public ImmutableArray<ModelKind> Kinds { get; }

    /// <summary>The property that carries <paramref name="field"/>: its PascalCase name unless the model lists another.</summary>
    public string PropertyOf(KubernetesField field)
        => _propertyNames.TryGetValue(field, out var property) ? property : Analysis.MemberNames.PascalCase(field.Name);

    /// <summary>The class-era constructor parameter that carries <paramref name="field"/>: its Kubernetes name unless listed.</summary>
    public string ParameterOf(KubernetesField field)
        => _parameterNames.TryGetValue(field, out var parameter) ? parameter : field.Name;
}

/// <summary>A kind of Kubernetes object and the metadata name a library gives its type.</summary>
internal readonly struct ModelKind
{
    public ModelKind(KubernetesObjectKind kind, string metadataName)
    {
        Kind = kind;
        MetadataName = metadataName;
    }

    public KubernetesObjectKind Kind { get; }

    public string MetadataName { get; }
}

/// <summary>A field whose property (or constructor parameter) is not the default spelling of its Kubernetes name.</summary>
internal readonly struct FieldName
{
    public FieldName(KubernetesField field, string property, string? parameter = null)
    {
        Field = field;
        Property = property;
        Parameter = parameter;
    }

    public KubernetesField Field { get; }

    public string Property { get; }

    public string? Parameter { get; }
}

/// <summary>The property names a model gives the fields the rules read.</summary>
internal sealed class PropertyNames
{
    private readonly Dictionary<string, string> _parameters;

    public PropertyNames(
        string automountServiceAccountToken,
        string serviceAccountName,
        ImmutableArray<string> deprecatedServiceAccount,
        string deprecatedServiceAccountParameter,
        string metadata,
        string name,
        string @namespace)
    {
        AutomountServiceAccountToken = automountServiceAccountToken;
        ServiceAccountName = serviceAccountName;
        DeprecatedServiceAccount = deprecatedServiceAccount;
        DeprecatedServiceAccountParameter = deprecatedServiceAccountParameter;
        Metadata = metadata;
        Name = name;
        Namespace = @namespace;

        // Computed once: the rules ask for a parameter name every time they read a creation.
        _parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in new[] { automountServiceAccountToken, serviceAccountName, metadata, name, @namespace })
        {
            _parameters[property] = CamelCase(property);
        }

        foreach (var alias in deprecatedServiceAccount)
        {
            _parameters[alias] = deprecatedServiceAccountParameter;
        }
    }

    /// <summary><c>automountServiceAccountToken</c> of a pod spec and of a ServiceAccount.</summary>
    public string AutomountServiceAccountToken { get; }

    /// <summary><c>serviceAccountName</c> of a pod spec.</summary>
    public string ServiceAccountName { get; }

    /// <summary>
    /// The property names a model's versions gave the deprecated <c>serviceAccount</c> alias of a pod spec, read
    /// when the name is unset (KubernetesClient 21 calls it <c>ServiceAccount</c>; some versions <c>DeprecatedServiceAccount</c>).
    /// </summary>
    public ImmutableArray<string> DeprecatedServiceAccount { get; }

    /// <summary>Class-era constructor parameter for <see cref="DeprecatedServiceAccount"/> (not the camelCase of every alias).</summary>
    public string DeprecatedServiceAccountParameter { get; }

    /// <summary>The object metadata of a workload or ServiceAccount.</summary>
    public string Metadata { get; }

    /// <summary><c>metadata.name</c>.</summary>
    public string Name { get; }

    /// <summary><c>metadata.namespace</c>.</summary>
    public string Namespace { get; }

    /// <summary>The class-era constructor parameter that sets <paramref name="property"/>.</summary>
    public string ParameterFor(string property)
    {
        // A path (`SecurityContext.RunAsNonRoot`) is set through the parameter of its first property.
        var dot = property.IndexOf('.');
        var first = dot < 0 ? property : property.Substring(0, dot);
        return _parameters.TryGetValue(first, out var parameter) ? parameter : CamelCase(first);
    }

    private static string CamelCase(string property) => Analysis.MemberNames.CamelCase(property);
}

internal readonly struct WorkloadType
{
    public WorkloadType(string metadataName, string kind)
    {
        MetadataName = metadataName;
        Kind = kind;
    }

    public string MetadataName { get; }

    public string Kind { get; }
}
