using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Reads what a creation expression itself gives a property: a constructor argument (class-era models,
/// matched by parameter name, never by position), its object initializer, and any <c>with</c>
/// expression applied directly to it. Later statements are <see cref="LaterAssignments"/>' job.
/// </summary>
internal static class CreationPropertyReader
{
    public static PropertyValue Read(IObjectCreationOperation creation, string propertyName, string parameterName)
    {
        var value = ReadConstructorArgument(creation, parameterName);
        value = ReadInitializer(creation.Initializer, propertyName, value);

        // new V1PodSpec { … } with { AutomountServiceAccountToken = false }
        IOperation current = creation.WalkUpConversions();
        while (current.Parent is IWithOperation with && with.Operand == current)
        {
            value = ReadInitializer(with.Initializer, propertyName, value);
            current = with.WalkUpConversions();
        }

        return value;
    }

    private static PropertyValue ReadConstructorArgument(IObjectCreationOperation creation, string parameterName)
    {
        foreach (var argument in creation.Arguments)
        {
            // Omitted optional parameters appear as DefaultValue arguments: they are not the author's choice.
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == parameterName)
            {
                return PropertyValue.FromOperation(argument.Value);
            }
        }

        return PropertyValue.Unset;
    }

    private static PropertyValue ReadInitializer(IObjectOrCollectionInitializerOperation? initializer, string propertyName, PropertyValue fallback)
    {
        if (initializer is null)
        {
            return fallback;
        }

        var value = fallback;
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && target.IsInitializerMember()
                && target.Property.Name == propertyName)
            {
                value = PropertyValue.FromOperation(assignment.Value);
            }
        }

        return value;
    }
}
