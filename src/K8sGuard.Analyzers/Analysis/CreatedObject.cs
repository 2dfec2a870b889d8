using System.Collections.Immutable;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// A Kubernetes object the code creates, seen at the end of its operation block: what its creation gives
/// each property, and what later statements of the block assign to it. Rules ask their questions here.
/// </summary>
internal sealed class CreatedObject
{
    private readonly LaterAssignments _later;
    private CreationSite? _site;

    public CreatedObject(IObjectCreationOperation creation, TrackedType type, LaterAssignments later)
    {
        Creation = creation;
        Kind = type.Kind;
        Model = type.Model;
        _later = later;
    }

    public IObjectCreationOperation Creation { get; }

    public KubernetesObjectKind Kind { get; }

    public ObjectModelDescription Model { get; }

    public PropertyNames Properties => Model.Properties;

    /// <summary>Where the object ends up and which creations enclose it (computed on first use).</summary>
    public CreationSite Site => _site ??= CreationSite.Find(Creation);

    /// <summary>The smallest useful span: the type name of the creation, or <c>new</c> of a target-typed <c>new()</c>.</summary>
    public Location Location => Creation.Syntax.GetCreationTypeLocation();

    /// <summary>What the creation itself gives the property (constructor argument, initializer, direct <c>with</c>).</summary>
    public PropertyValue Own(string property) => CreationPropertyReader.Read(Creation, property, Properties.ParameterFor(property));

    /// <summary>Values later statements of the same block assign to the property through the object's local or parent path.</summary>
    public ImmutableArray<PropertyValue> Later(string property)
        => Site.Storage is { } storage ? _later.Get(storage, property) : ImmutableArray<PropertyValue>.Empty;

    /// <summary>True when the author gave the property a value anywhere: creation or a later assignment (even conditional).</summary>
    public bool IsSet(string property)
    {
        if (Own(property).IsSet)
        {
            return true;
        }

        foreach (var value in Later(property))
        {
            if (value.IsSet)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value the property ends with when it can be known: the creation's value when nothing assigns it
    /// later; otherwise a constant only if every value it can get (the creation's, if set, and each later
    /// one, which may be conditional) is that same constant; <see cref="PropertyValueKind.NonConstant"/> when they differ.
    /// </summary>
    public PropertyValue Final(string property)
    {
        var own = Own(property);
        var later = Later(property);
        if (later.IsEmpty)
        {
            return own;
        }

        var result = own.IsSet ? own : later[0];
        foreach (var value in later)
        {
            if (!result.HasSameValue(value))
            {
                return new PropertyValue(PropertyValueKind.NonConstant, null, null);
            }
        }

        return result;
    }

    /// <summary>The constant string the property ends with, or null when it is unset, null or not constant.</summary>
    public string? FinalString(string property) => Final(property) is { Kind: PropertyValueKind.Constant, Constant: string text } ? text : null;
}
