using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The elements of a list, and the entries of a map, that the code writes in one expression: <c>new[] { … }</c>,
/// <c>new List&lt;string&gt; { … }</c>, a collection initializer on a member (<c>Add = { … }</c>, Pulumi's
/// <c>InputList</c> and its <c>params</c> <c>Add</c>), a collection expression, <c>{ ["key"] = value }</c>. Anything else
/// (a variable, a call, a spread) is not known: the answer is then incomplete and the caller judges only what it sees.
/// </summary>
internal static class CollectionValues
{
    /// <summary>The element expressions of <paramref name="value"/>; <paramref name="complete"/> is false when some are not visible.</summary>
    public static List<IOperation> Elements(IOperation value, out bool complete)
    {
        var elements = new List<IOperation>();
        complete = true;
        var collection = value.WalkDownConversions();
        switch (collection)
        {
            case IArrayCreationOperation { Initializer: { } array }:
                elements.AddRange(array.ElementValues);
                break;
            case IObjectCreationOperation { Initializer: { } initializer }:
                complete = AddInitializerElements(initializer, elements);
                break;
            case IObjectCreationOperation { Initializer: null } empty when MemberNames.IsCollection(empty.Type):
                // `new List<V1Container>()`, `new List<string>(4)`: empty; a copy of another list is not known.
                foreach (var argument in empty.Arguments)
                {
                    complete &= !MemberNames.IsCollection(argument.Value.Type);
                }

                break;
            case IObjectOrCollectionInitializerOperation initializer:
                complete = AddInitializerElements(initializer, elements);
                break;
            case { Syntax.RawKind: (int)SyntaxKind.CollectionExpression }:
                // Roslyn 4.8 has no collection-expression operation: its children are the elements (a spread is not one).
                foreach (var child in collection.ChildOperations)
                {
                    if (child.Syntax.Parent.IsKind(SyntaxKind.ExpressionElement) || child.Syntax.IsKind(SyntaxKind.ExpressionElement))
                    {
                        elements.Add(child);
                    }
                    else
                    {
                        complete = false;
                    }
                }

                break;
            default:
                complete = collection.ConstantValue is { HasValue: true, Value: null } || collection is IDefaultValueOperation;
                break;
        }

        return elements;
    }

    /// <summary>The (key, value) entries of a map written as a collection or object initializer, or of one indexer assignment.</summary>
    public static List<(IOperation Key, IOperation Value)> Entries(IOperation value)
    {
        var entries = new List<(IOperation, IOperation)>();
        if (value is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } key } single)
        {
            // `map["key"] = value` on its own.
            entries.Add((key.Arguments[0].Value, single.Value));
            return entries;
        }

        var initializer = value.WalkDownConversions() switch
        {
            IObjectCreationOperation { Initializer: { } created } => created,
            IObjectOrCollectionInitializerOperation member => member,
            _ => null,
        };

        if (initializer is null)
        {
            return entries;
        }

        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case IInvocationOperation { Arguments.Length: 2 } add:
                    entries.Add((add.Arguments[0].Value, add.Arguments[1].Value));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                    entries.Add((indexer.Arguments[0].Value, assignment.Value));
                    break;
            }
        }

        return entries;
    }

    private static bool AddInitializerElements(IObjectOrCollectionInitializerOperation initializer, List<IOperation> elements)
    {
        var complete = true;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is not IInvocationOperation add)
            {
                complete = false;
                continue;
            }

            foreach (var argument in add.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
                {
                    elements.AddRange(items.ElementValues);
                }
                else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    // `Add(otherList)` (Pulumi's InputList) adds a list, not one element: unknown.
                    if (MemberNames.IsCollection(argument.Parameter?.Type))
                    {
                        complete = false;
                    }
                    else
                    {
                        elements.Add(argument.Value);
                    }
                }
            }
        }

        return complete;
    }
}
