using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

internal static class OperationExtensions
{
    /// <summary>Skips conversions (implicit <c>bool</c> to <c>bool?</c>, casts, user-defined operators).</summary>
    public static IOperation WalkDownConversions(this IOperation operation)
    {
        // By kind: a failed interface type test costs more than reading the kind, and most operations are no conversion.
        while (operation.Kind == OperationKind.Conversion)
        {
            operation = ((IConversionOperation)operation).Operand;
        }

        return operation;
    }

    /// <summary>The outermost conversion that wraps <paramref name="operation"/>, or the operation itself.</summary>
    public static IOperation WalkUpConversions(this IOperation operation)
    {
        while (operation.Parent is IConversionOperation conversion)
        {
            operation = conversion;
        }

        return operation;
    }

    /// <summary>The root of the operation block (method body, initializer, top-level program) that holds <paramref name="operation"/>.</summary>
    public static IOperation GetBlockRoot(this IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The object creation or <c>with</c> expression that an object initializer belongs to.</summary>
    public static IOperation? GetInitializedObject(this IObjectOrCollectionInitializerOperation initializer)
        => initializer.Parent is IObjectCreationOperation or IWithOperation or IAnonymousObjectCreationOperation ? initializer.Parent : null;

    /// <summary>True for <c>X = …</c> inside an object initializer (the receiver is the object being initialized).</summary>
    public static bool IsInitializerMember(this IPropertyReferenceOperation property)
        => property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };
}
