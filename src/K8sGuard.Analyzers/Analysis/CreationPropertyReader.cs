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
    /// <summary>Reads a property whose class-era constructor parameter is its camelCase name.</summary>
    public static PropertyValue Read(IObjectCreationOperation creation, string propertyName)
        => Read(creation, propertyName, char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1));

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

    /// <summary>The constructor parameter that a class-era model uses for a property (camelCase of its name).</summary>
    public static bool IsParameterFor(IParameterSymbol? parameter, string propertyName)
        => parameter is not null
           && parameter.Name.Length == propertyName.Length
           && char.ToLowerInvariant(parameter.Name[0]) == char.ToLowerInvariant(propertyName[0])
           && string.CompareOrdinal(parameter.Name, 1, propertyName, 1, propertyName.Length - 1) == 0;

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
