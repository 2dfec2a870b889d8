using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

internal enum PropertyValueKind
{
    /// <summary>Nothing assigns the property.</summary>
    Unset,

    /// <summary>Assigned an explicit <c>null</c> (or <c>default</c>): for Kubernetes the same as unset.</summary>
    Null,

    /// <summary>Assigned a compile-time constant such as <c>false</c>.</summary>
    Constant,

    /// <summary>Assigned something only known at run time (a variable, a configuration value).</summary>
    NonConstant,
}

/// <summary>What the code assigns to one property of one object it creates.</summary>
internal readonly struct PropertyValue
{
    public static readonly PropertyValue Unset = default;

    public PropertyValue(PropertyValueKind kind, IOperation? operation, object? constant, bool replaces = false)
        : this(kind, operation, constant, replaces, appends: false)
    {
    }

    private PropertyValue(PropertyValueKind kind, IOperation? operation, object? constant, bool replaces, bool appends)
    {
        Kind = kind;
        Operation = operation;
        Constant = constant;
        Replaces = replaces;
        Appends = appends;
    }

    /// <summary>A later call that adds to the list the property holds (<c>Drop.Add("ALL")</c>): <paramref name="call"/>'s arguments.</summary>
    public static PropertyValue Appended(IInvocationOperation call) => new(PropertyValueKind.NonConstant, call, null, replaces: false, appends: true);

    /// <summary>True for <see cref="Appended"/>: the list keeps what it had and gains the call's elements (a value not known as a whole).</summary>
    public bool Appends { get; }

    public PropertyValueKind Kind { get; }

    /// <summary>The assigned expression, when there is one.</summary>
    public IOperation? Operation { get; }

    public object? Constant { get; }

    /// <summary>
    /// True for a later write that certainly runs after the ones before it in a list of values (a plain assignment with no
    /// condition, loop, <c>try</c> or function around it): the field ends with it, or with what comes after it.
    /// </summary>
    public bool Replaces { get; }

    /// <summary>The same value, written <see cref="Replaces">definitely</see> or not.</summary>
    public PropertyValue AsDefinite(bool replaces) => replaces == Replaces || Appends ? this : new PropertyValue(Kind, Operation, Constant, replaces);

    /// <summary>
    /// The values a field can end with, given what it had first and the values written later in source order: every
    /// write from the last definite one on (all of them, and <paramref name="first"/>, when none is definite).
    /// </summary>
    public static int FirstThatCounts(ImmutableArray<PropertyValue> later)
    {
        for (var i = later.Length - 1; i >= 0; i--)
        {
            if (later[i].Replaces)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value a field ends with, given what it had first and the values written later in source order: a constant only
    /// when every value it can end with is that constant; <see cref="PropertyValueKind.NonConstant"/> when they differ.
    /// </summary>
    public static PropertyValue Final(PropertyValue first, ImmutableArray<PropertyValue> later)
    {
        if (later.IsEmpty)
        {
            return first;
        }

        var from = FirstThatCounts(later);
        var result = from >= 0 ? later[from] : first.IsSet ? first : later[0];
        for (var i = from < 0 ? 0 : from; i < later.Length; i++)
        {
            if (!result.HasSameValue(later[i]))
            {
                return new PropertyValue(PropertyValueKind.NonConstant, null, null);
            }
        }

        return result;
    }

    /// <summary>True when the property ends up with a value Kubernetes will see.</summary>
    public bool IsSet => Kind is PropertyValueKind.Constant or PropertyValueKind.NonConstant;

    /// <summary>True when both are unset/null, or both are the same constant.</summary>
    public bool HasSameValue(PropertyValue other)
    {
        var thisEmpty = Kind is PropertyValueKind.Unset or PropertyValueKind.Null;
        var otherEmpty = other.Kind is PropertyValueKind.Unset or PropertyValueKind.Null;
        if (thisEmpty || otherEmpty)
        {
            return thisEmpty && otherEmpty;
        }

        return Kind == PropertyValueKind.Constant && other.Kind == PropertyValueKind.Constant && Equals(Constant, other.Constant);
    }

    public static PropertyValue FromOperation(IOperation value)
    {
        var unwrapped = value.WalkDownConversions();
        if (unwrapped.ConstantValue.HasValue)
        {
            var constant = unwrapped.ConstantValue.Value;
            return new PropertyValue(constant is null ? PropertyValueKind.Null : PropertyValueKind.Constant, value, constant);
        }

        // `default`, `default(bool?)`, `new bool?()`: no value.
        if ((unwrapped is IDefaultValueOperation { Type: { } type } && (type.IsReferenceType || IsNullable(type)))
            || unwrapped is IObjectCreationOperation { Arguments.Length: 0, Initializer: null, Type: { } created } && IsNullable(created))
        {
            return new PropertyValue(PropertyValueKind.Null, value, null);
        }

        return new PropertyValue(PropertyValueKind.NonConstant, value, null);
    }

    private static bool IsNullable(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
