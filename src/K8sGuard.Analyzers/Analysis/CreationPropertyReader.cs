using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Reads what a creation expression itself gives a property: a constructor argument (class-era models,
/// matched by parameter name, never by position), its object initializer, and any <c>with</c>
/// expression applied directly to it. Later statements are <see cref="LaterAssignments"/>' job.
/// </summary>
internal static class CreationPropertyReader
{
    /// <summary><see cref="Read(IObjectCreationOperation, string, string)"/> with the parameter named by the convention (camelCase).</summary>
    public static PropertyValue Read(IObjectCreationOperation creation, string propertyName)
        => Read(creation, propertyName, MemberNames.CamelCase(propertyName));

    public static PropertyValue Read(IObjectCreationOperation creation, string propertyName, string parameterName)
        => ReadWithExpressions(creation, propertyName, ReadInitializer(creation.Initializer, propertyName, ReadConstructorArgument(creation, parameterName)));

    /// <summary>
    /// As <see cref="Read(IObjectCreationOperation, string, string)"/> for a creation that binds (an object creation) or one
    /// that does not yet (a class-era constructor call with an error somewhere, while the user types: an invalid
    /// operation of the created type), judged on what binds.
    /// </summary>
    public static PropertyValue Read(IOperation creation, string propertyName, string parameterName) => creation switch
    {
        IObjectCreationOperation valid => Read(valid, propertyName, parameterName),
        IInvalidOperation invalid => ReadWithExpressions(invalid, propertyName, ReadInitializer(InitializerOf(invalid), propertyName, ReadInvalidArgument(invalid, parameterName))),
        _ => PropertyValue.Unset,
    };

    // new V1PodSpec { … } with { AutomountServiceAccountToken = false }
    private static PropertyValue ReadWithExpressions(IOperation creation, string propertyName, PropertyValue value)
    {
        var current = creation.WalkUpConversions();
        while (current.Parent is IWithOperation with && with.Operand == current)
        {
            value = ReadInitializer(with.Initializer, propertyName, value);
            current = with.WalkUpConversions();
        }

        return value;
    }

    // An invalid creation's children are its arguments' values and its initializer; an argument is matched by its name, or
    // by its position in the type's longest constructor (the class-era models' only one with parameters).
    private static PropertyValue ReadInvalidArgument(IInvalidOperation creation, string parameterName)
    {
        if (creation.Syntax is not BaseObjectCreationExpressionSyntax { ArgumentList: { } list } || creation.Type is not INamedTypeSymbol type)
        {
            return PropertyValue.Unset;
        }

        var longest = default(System.Collections.Immutable.ImmutableArray<IParameterSymbol>);
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            var argument = list.Arguments[i];
            string? name;
            if (argument.NameColon is { } named)
            {
                name = named.Name.Identifier.ValueText;
            }
            else
            {
                longest = longest.IsDefault ? LongestConstructor(type) : longest;
                name = i < longest.Length ? longest[i].Name : null;
            }

            if (name == parameterName)
            {
                foreach (var child in creation.ChildOperations)
                {
                    if (child.Syntax == argument.Expression)
                    {
                        return PropertyValue.FromOperation(child);
                    }
                }

                return new PropertyValue(PropertyValueKind.NonConstant, null, null);
            }
        }

        return PropertyValue.Unset;
    }

    private static System.Collections.Immutable.ImmutableArray<IParameterSymbol> LongestConstructor(INamedTypeSymbol type)
    {
        var longest = System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length > longest.Length)
            {
                longest = constructor.Parameters;
            }
        }

        return longest;
    }

    private static IObjectOrCollectionInitializerOperation? InitializerOf(IInvalidOperation creation)
    {
        foreach (var child in creation.ChildOperations)
        {
            if (child is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer;
            }
        }

        return null;
    }

    /// <summary>
    /// What <paramref name="value"/>, assigned to a segment of a longer path, gives the rest of it (<paramref name="path"/>,
    /// property names joined by '.'): read down through the creations it holds; unset below an unset or null segment,
    /// and not constant below anything but a creation. Class-era parameters are taken to be the camelCase names.
    /// </summary>
    public static PropertyValue ReadPath(IOperation? value, string path)
    {
        var current = value is null ? new PropertyValue(PropertyValueKind.NonConstant, null, null) : PropertyValue.FromOperation(value);
        foreach (var segment in path.Split('.'))
        {
            if (current.Kind is PropertyValueKind.Unset or PropertyValueKind.Null)
            {
                return PropertyValue.Unset;
            }

            if (segment != RootedPath.Element && current.Operation is IObjectOrCollectionInitializerOperation nested)
            {
                // `SecurityContext = { Capabilities = … }`: a member initializer of an object the property already holds.
                current = ReadInitializer(nested, segment, PropertyValue.Unset);
                continue;
            }

            if (current.Operation?.WalkDownConversions() is not IObjectCreationOperation creation || segment == RootedPath.Element)
            {
                return new PropertyValue(PropertyValueKind.NonConstant, current.Operation, null);
            }

            current = Read(creation, segment);
        }

        return current;
    }

    /// <summary>
    /// What <c>with</c> expressions applied directly to <paramref name="initialized"/> (a creation or another <c>with</c>)
    /// write to <paramref name="relativePath"/>: <c>new V1SecurityContext { … } with { Privileged = false }</c>.
    /// </summary>
    public static void CollectWithExpressions(IOperation initialized, string relativePath, System.Collections.Generic.List<PropertyValue> values)
    {
        var dot = relativePath.IndexOf('.');
        var first = dot < 0 ? relativePath : relativePath.Substring(0, dot);
        var current = initialized.WalkUpConversions();
        while (current.Parent is IWithOperation with && with.Operand == current)
        {
            var value = ReadInitializer(with.Initializer, first, PropertyValue.Unset);
            if (value.Kind != PropertyValueKind.Unset)
            {
                values.Add(dot < 0 ? value : ReadPath(value.Operation, relativePath.Substring(dot + 1)));
            }

            current = with.WalkUpConversions();
        }
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
            else if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Arguments.Length: 0 } initialized } nested
                && initialized.Property.Name == propertyName)
            {
                // `Drop = { "ALL" }`, `SecurityContext = { … }`: fills what the property already holds (a get-only list).
                value = new PropertyValue(PropertyValueKind.NonConstant, nested.Initializer, null);
            }
        }

        return value;
    }
}
