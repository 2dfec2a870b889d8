using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// The constant name and namespace an object's creation gives its metadata, in the same expression, and, when asked with
/// <see cref="LaterWrites"/>, as later statements leave them (<c>deployment.Metadata.NamespaceProperty = "prod";</c>).
/// </summary>
internal readonly struct ObjectMetadata
{
    private ObjectMetadata(string? name, string? @namespace)
    {
        Name = name;
        Namespace = @namespace;
    }

    public string? Name { get; }

    public string? Namespace { get; }

    /// <summary>Reads <c>Metadata = new V1ObjectMeta { Name = …, NamespaceProperty = … }</c> (or the class-era constructor form).</summary>
    public static ObjectMetadata Of(IOperation owner, PropertyNames properties)
    {
        var metadata = CreationPropertyReader.Read(owner, properties.Metadata, properties.ParameterFor(properties.Metadata));
        return metadata.Operation?.WalkDownConversions() is IObjectCreationOperation creation
            ? new ObjectMetadata(ConstantString(Own(creation, properties.Name, properties)), ConstantString(Own(creation, properties.Namespace, properties)))
            : default;
    }

    /// <summary>As <see cref="Of(IObjectCreationOperation, PropertyNames)"/>, with what later statements, helpers and callers write to the name and namespace.</summary>
    public static ObjectMetadata Of(IObjectCreationOperation owner, PropertyNames properties, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        var site = CreationSite.Find(owner);
        if (site.Storage is null && site.PassedTo is null)
        {
            return Of(owner, properties);
        }

        var metadata = CreationPropertyReader.Read(owner, properties.Metadata, properties.ParameterFor(properties.Metadata)).Operation?.WalkDownConversions() as IObjectCreationOperation;
        return new ObjectMetadata(
            ConstantString(Final(owner, metadata, site, properties.Name, properties, laterWrites, cancellationToken)),
            ConstantString(Final(owner, metadata, site, properties.Namespace, properties, laterWrites, cancellationToken)));
    }

    private static PropertyValue Final(IObjectCreationOperation owner, IObjectCreationOperation? metadata, CreationSite site, string property, PropertyNames properties, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        var own = metadata is null ? PropertyValue.Unset : Own(metadata, property, properties);
        var values = new List<PropertyValue>();
        laterWrites.Collect(owner, site.Storage, site.PassedTo, properties.Metadata + "." + property, values, cancellationToken);
        return PropertyValue.Final(own, values.ToImmutableArray());
    }

    private static PropertyValue Own(IObjectCreationOperation creation, string property, PropertyNames properties)
        => CreationPropertyReader.Read(creation, property, properties.ParameterFor(property));

    private static string? ConstantString(PropertyValue value) => value is { Kind: PropertyValueKind.Constant, Constant: string text } ? text : null;
}
