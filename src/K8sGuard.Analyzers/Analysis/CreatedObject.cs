using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
    private readonly LaterWrites _laterWrites;
    private readonly CancellationToken _cancellationToken;
    // Answers per property, made on first question (most objects are asked about one property, once).
    private PropertyAnswers<PropertyValue> _own;
    private PropertyAnswers<ImmutableArray<PropertyValue>> _later;
    private PropertyAnswers<ImmutableArray<Continuation>> _continuations;
    private CreationSite? _site;

    public CreatedObject(
        IOperation creation,
        TrackedType type,
        LaterWrites laterWrites,
        CancellationToken cancellationToken)
    {
        Creation = creation;
        Kind = type.Kind;
        Model = type.Model;
        _laterWrites = laterWrites;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The creation: an object creation, or an invalid operation of the created type while the code does not bind yet.</summary>
    public IOperation Creation { get; }

    public KubernetesObjectKind Kind { get; }

    public ObjectModelDescription Model { get; }

    public PropertyNames Properties => Model.Properties;

    /// <summary>Where the object ends up and which creations enclose it (computed on first use).</summary>
    public CreationSite Site => _site ??= CreationSite.Find(Creation);

    /// <summary>The smallest useful span: the type name of the creation, or <c>new</c> of a target-typed <c>new()</c>.</summary>
    public Location Location => Creation.Syntax.GetCreationTypeLocation();

    /// <summary>
    /// What the creation itself gives the property (constructor argument, initializer, direct <c>with</c>); for a path
    /// (<c>SecurityContext.AllowPrivilegeEscalation</c>), what the objects it creates on the way give the rest.
    /// </summary>
    public PropertyValue Own(string property)
    {
        if (!_own.TryGet(property, out var value))
        {
            var dot = property.IndexOf('.');
            var first = dot < 0 ? property : property.Substring(0, dot);
            value = CreationPropertyReader.Read(Creation, first, Properties.ParameterFor(first));
            if (dot >= 0 && value.Kind != PropertyValueKind.Unset)
            {
                value = CreationPropertyReader.ReadPath(value.Operation, property.Substring(dot + 1));
            }

            _own.Add(property, value);
        }

        return value;
    }

    /// <summary>Values assigned to the property (or a path below the object, <c>SecurityContext.Privileged</c>) after the creation: <see cref="LaterWrites"/>.</summary>
    public ImmutableArray<PropertyValue> Later(string property)
    {
        if (!_later.TryGet(property, out var cached))
        {
            Collect(property, out cached, out _);
        }

        return cached;
    }

    /// <summary>
    /// When the object's method returns it, how its story goes on for the property at each caller (empty otherwise): the
    /// object ends with its own and <see cref="Later"/> values followed by one continuation's values.
    /// </summary>
    public ImmutableArray<Continuation> Continuations(string property)
    {
        if (!_continuations.TryGet(property, out var cached))
        {
            Collect(property, out _, out cached);
        }

        return cached;
    }

    private void Collect(string property, out ImmutableArray<PropertyValue> later, out ImmutableArray<Continuation> continuations)
    {
        later = ImmutableArray<PropertyValue>.Empty;
        continuations = ImmutableArray<Continuation>.Empty;

        // Most created objects are neither stored anywhere, passed on nor returned: nothing later can reach them.
        var site = Site;
        if (site.Storage is not null || site.PassedTo is not null || site.Returned is not null)
        {
            var values = new List<PropertyValue>();
            var returns = new List<ReturnedFrom>();
            if (site.Returned is { } returned)
            {
                returns.Add(returned);
            }

            _laterWrites.Collect(Creation, site.Storage, site.PassedTo, property, values, _cancellationToken, returns: returns);
            later = values.ToImmutableArray();
            if (returns.Count > 0)
            {
                var found = new List<Continuation>();
                _laterWrites.CollectContinuations(returns, property, found, _cancellationToken);
                continuations = found.ToImmutableArray();
            }
        }

        _later.Add(property, later);
        _continuations.Add(property, continuations);
    }

    /// <summary>
    /// True when the property can end with a value on every way the object goes (each caller of a method that returns
    /// it): the creation's or a later one (even conditional), from the last definite later write on
    /// (<c>spec.X = false; spec.X = null;</c> ends unset).
    /// </summary>
    public bool IsSet(string property) => !IsUnset(property, out _);

    /// <summary>True when the property can end unset; <paramref name="where"/> is the caller (or the reason there is none to read) that leaves it so, when the object is returned.</summary>
    public bool IsUnset(string property, out Continuation? where)
    {
        where = null;
        var own = Own(property);
        var later = Later(property);
        var continuations = Continuations(property);
        if (continuations.IsEmpty)
        {
            return !IsSetOver(own, later);
        }

        foreach (var continuation in continuations)
        {
            if (!IsSetOver(own, later.AddRange(continuation.Values)))
            {
                where = continuation;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value the property ends with when it can be known: the creation's value when nothing assigns it later;
    /// otherwise a constant only if every value it can end with (the creation's, if set and not replaced by a definite
    /// later write, and each later one from the last definite write on, on every way the object goes) is that same
    /// constant; <see cref="PropertyValueKind.NonConstant"/> when they differ.
    /// </summary>
    public PropertyValue Final(string property)
    {
        var own = Own(property);
        var later = Later(property);
        var continuations = Continuations(property);
        if (continuations.IsEmpty)
        {
            return PropertyValue.Final(own, later);
        }

        var result = PropertyValue.Final(own, later.AddRange(continuations[0].Values));
        for (var i = 1; i < continuations.Length; i++)
        {
            if (!result.HasSameValue(PropertyValue.Final(own, later.AddRange(continuations[i].Values))))
            {
                return new PropertyValue(PropertyValueKind.NonConstant, null, null);
            }
        }

        return result;
    }

    private static bool IsSetOver(PropertyValue own, ImmutableArray<PropertyValue> later)
    {
        var from = PropertyValue.FirstThatCounts(later);
        if (from < 0 && own.IsSet)
        {
            return true;
        }

        for (var i = Math.Max(from, 0); i < later.Length; i++)
        {
            if (later[i].IsSet)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constant string the property ends with, or null when it is unset, null or not constant.</summary>
    public string? FinalString(string property) => Final(property) is { Kind: PropertyValueKind.Constant, Constant: string text } ? text : null;

    // The first answer in fields, more in a dictionary: a dictionary per created object cost more than the lookups it served.
    private struct PropertyAnswers<T>
    {
        private string? _firstProperty;
        private T _first;
        private Dictionary<string, T>? _more;

        public bool TryGet(string property, out T value)
        {
            if (_firstProperty == property)
            {
                value = _first;
                return true;
            }

            value = default!;
            return _more is not null && _more.TryGetValue(property, out value);
        }

        public void Add(string property, T value)
        {
            if (_firstProperty is null)
            {
                _firstProperty = property;
                _first = value;
            }
            else
            {
                (_more ??= new Dictionary<string, T>(StringComparer.Ordinal))[property] = value;
            }
        }
    }
}
