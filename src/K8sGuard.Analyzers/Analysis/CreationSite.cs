using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>A call that receives an object: the method, the parameter, and the path from the argument to the object.</summary>
internal readonly struct PassedToMethod
{
    public PassedToMethod(IMethodSymbol method, IParameterSymbol parameter, string path)
    {
        Method = method;
        Parameter = parameter;
        Path = path;
    }

    public IMethodSymbol Method { get; }

    public IParameterSymbol Parameter { get; }

    /// <summary>Property path from the parameter's object down to the tracked object ("" when it is the argument itself).</summary>
    public string Path { get; }
}

/// <summary>
/// Where a value ends up: the local, parameter or member (plus property path) through which later statements
/// can reach it, the method it is passed to, and the creations it is nested in.
/// </summary>
internal readonly struct CreationSite
{
    private CreationSite(RootedPath? storage, PassedToMethod? passedTo, ImmutableArray<IObjectCreationOperation> enclosingCreations)
    {
        Storage = storage;
        PassedTo = passedTo;
        EnclosingCreations = enclosingCreations;
    }

    /// <summary>
    /// The rooted path that holds the object after the statement, e.g. <c>deployment</c> + <c>Spec.Template.Spec</c>
    /// for a pod spec nested in <c>var deployment = new V1Deployment { … }</c>; null when nothing named holds it.
    /// </summary>
    public RootedPath? Storage { get; }

    /// <summary>The source method the object (or an object holding it) is passed to as an argument, if any.</summary>
    public PassedToMethod? PassedTo { get; }

    /// <summary>The creations whose initializers or constructor arguments hold this one, innermost first.</summary>
    public ImmutableArray<IObjectCreationOperation> EnclosingCreations { get; }

    /// <summary>Follows <paramref name="value"/> (a creation, or a reference to an existing object) up to where it is stored.</summary>
    public static CreationSite Find(IOperation value)
    {
        // Property names from the outermost object reached so far down to the value.
        var path = new List<string>();
        var enclosing = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
        var current = value;
        while (true)
        {
            switch (current.Parent)
            {
                // The same object flows through: conversions, `with` on it, `a ?? b`, `c ? a : b`, switch arms.
                case IConversionOperation or ICoalesceOperation:
                case IWithOperation with when with.Operand == current:
                case IConditionalOperation conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                    current = current.Parent;
                    continue;

                case ISwitchExpressionArmOperation arm when arm.Value == current && arm.Parent is not null:
                    current = arm.Parent;
                    continue;

                // Class-era constructor argument: `new V1Pod(spec: new V1PodSpec(…))` stores it in the property Spec.
                case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation constructed }:
                    path.Insert(0, ToPropertyName(parameter.Name));
                    enclosing.Add(constructed);
                    current = constructed;
                    continue;

                // Passed to a method of the project (a hardening helper, maybe): remembered, not followed further.
                case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation invocation }
                    when IsSourceMethod(invocation.TargetMethod):
                    return new CreationSite(null, new PassedToMethod(invocation.TargetMethod, parameter, Join(path)), enclosing.ToImmutable());

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment
                    when assignment.Value == current && member.IsInitializerMember():
                    path.Insert(0, member.Property.Name);
                    var initialized = ClimbInitializer(assignment.Parent as IObjectOrCollectionInitializerOperation, path);
                    if (initialized is null)
                    {
                        return new CreationSite(null, null, enclosing.ToImmutable());
                    }

                    if (initialized is IObjectCreationOperation owner)
                    {
                        enclosing.Add(owner);
                    }

                    current = initialized;
                    continue;

                case IAssignmentOperation assignment when assignment.Value == current
                    && assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation:
                    return new CreationSite(
                        RootedPath.TryCreate(assignment.Target, out var target) ? target.Append(Join(path)) : null,
                        null,
                        enclosing.ToImmutable());

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return new CreationSite(new RootedPath(declarator.Symbol, Join(path)), null, enclosing.ToImmutable());

                // `private readonly V1PodSpec _spec = new() { … };` or an auto-property initializer (builder state).
                case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                    return new CreationSite(new RootedPath(field.InitializedFields[0], Join(path)), null, enclosing.ToImmutable());

                case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                    return new CreationSite(new RootedPath(property.InitializedProperties[0], Join(path)), null, enclosing.ToImmutable());

                default:
                    return new CreationSite(null, null, enclosing.ToImmutable());
            }
        }
    }

    /// <summary>A method whose body this project compiles (one call deep is as far as helpers are followed).</summary>
    public static bool IsSourceMethod(IMethodSymbol method)
        => !method.DeclaringSyntaxReferences.IsEmpty && method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.LocalFunction;

    // Walks out of nested member initializers (`Spec = { Template = … }`) to the object being initialized.
    private static IOperation? ClimbInitializer(IObjectOrCollectionInitializerOperation? initializer, List<string> path)
    {
        while (initializer?.Parent is IMemberInitializerOperation member)
        {
            if (member.InitializedMember is not IPropertyReferenceOperation property)
            {
                return null;
            }

            path.Insert(0, property.Property.Name);
            initializer = member.Parent as IObjectOrCollectionInitializerOperation;
        }

        return initializer?.GetInitializedObject();
    }

    private static string Join(List<string> path) => string.Join(".", path);

    private static string ToPropertyName(string parameterName)
        => parameterName.Length == 0 ? parameterName : char.ToUpperInvariant(parameterName[0]) + parameterName.Substring(1);
}
