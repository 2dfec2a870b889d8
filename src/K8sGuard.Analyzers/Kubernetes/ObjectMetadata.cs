using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>The constant name and namespace an object's creation gives its metadata, in the same expression.</summary>
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
    public static ObjectMetadata Of(IObjectCreationOperation owner, PropertyNames properties)
    {
        var metadata = CreationPropertyReader.Read(owner, properties.Metadata, properties.ParameterFor(properties.Metadata));
        return metadata.Operation?.WalkDownConversions() is IObjectCreationOperation creation
            ? new ObjectMetadata(ConstantString(creation, properties.Name, properties), ConstantString(creation, properties.Namespace, properties))
            : default;
    }

    private static string? ConstantString(IObjectCreationOperation creation, string property, PropertyNames properties)
        => CreationPropertyReader.Read(creation, property, properties.ParameterFor(property)) is { Kind: PropertyValueKind.Constant, Constant: string text } ? text : null;
}
