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

    public PropertyValue(PropertyValueKind kind, IOperation? operation, object? constant)
    {
        Kind = kind;
        Operation = operation;
        Constant = constant;
    }

    public PropertyValueKind Kind { get; }

    /// <summary>The assigned expression, when there is one.</summary>
    public IOperation? Operation { get; }

    public object? Constant { get; }

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

        if (unwrapped is IDefaultValueOperation { Type: { } type } && (type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T))
        {
            return new PropertyValue(PropertyValueKind.Null, value, null);
        }

        return new PropertyValue(PropertyValueKind.NonConstant, value, null);
    }
}
