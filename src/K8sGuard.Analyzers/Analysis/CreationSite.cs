using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Where a created object ends up: the local, parameter or member (plus property path) through which
/// later statements of the same method can reach it, and the creations it is nested in.
/// </summary>
internal readonly struct CreationSite
{
    private CreationSite(RootedPath? storage, ImmutableArray<IObjectCreationOperation> enclosingCreations)
    {
        Storage = storage;
        EnclosingCreations = enclosingCreations;
    }

    /// <summary>
    /// The rooted path that holds the object after the statement, e.g. <c>deployment</c> + <c>Spec.Template.Spec</c>
    /// for a pod spec nested in <c>var deployment = new V1Deployment { … }</c>; null when nothing named holds it.
    /// </summary>
    public RootedPath? Storage { get; }

    /// <summary>The creations whose initializers or constructor arguments hold this one, innermost first.</summary>
    public ImmutableArray<IObjectCreationOperation> EnclosingCreations { get; }

    public static CreationSite Find(IObjectCreationOperation creation)
    {
        // Property names from the outermost object reached so far down to the created object.
        var path = new List<string>();
        var enclosing = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
        IOperation current = creation;
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
                case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation owner }:
                    path.Insert(0, ToPropertyName(parameter.Name));
                    enclosing.Add(owner);
                    current = owner;
                    continue;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when assignment.Value == current && target.IsInitializerMember():
                    path.Insert(0, target.Property.Name);
                    var owner2 = ClimbInitializer(assignment.Parent as IObjectOrCollectionInitializerOperation, path);
                    if (owner2 is null)
                    {
                        return new CreationSite(null, enclosing.ToImmutable());
                    }

                    if (owner2 is IObjectCreationOperation ownerCreation)
                    {
                        enclosing.Add(ownerCreation);
                    }

                    current = owner2;
                    continue;

                case IAssignmentOperation assignment when assignment.Value == current
                    && assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation:
                    return new CreationSite(
                        RootedPath.TryCreate(assignment.Target, out var target2) ? target2.Append(string.Join(".", path)) : null,
                        enclosing.ToImmutable());

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return new CreationSite(new RootedPath(declarator.Symbol, string.Join(".", path)), enclosing.ToImmutable());

                default:
                    return new CreationSite(null, enclosing.ToImmutable());
            }
        }
    }

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

    private static string ToPropertyName(string parameterName)
        => parameterName.Length == 0 ? parameterName : char.ToUpperInvariant(parameterName[0]) + parameterName.Substring(1);
}
