using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// An object reached from a named storage location of the method: a local, a parameter, or a field or
/// property of the containing type, followed by a property path (<c>deployment</c> + <c>Spec.Template.Spec</c>).
/// Two rooted paths that are equal denote the same object within one method.
/// </summary>
internal readonly struct RootedPath
{
    public RootedPath(ISymbol root, string path)
    {
        Root = root;
        Path = path;
    }

    public ISymbol Root { get; }

    /// <summary>Property names joined by '.'; empty for the root itself.</summary>
    public string Path { get; }

    public RootedPath Append(string suffix)
        => new(Root, Path.Length == 0 ? suffix : suffix.Length == 0 ? Path : Path + "." + suffix);

    /// <summary>The segment that stands for any element of a list or array: <c>Containers[0]</c> is <c>Containers.[]</c>.</summary>
    public const string Element = "[]";

    /// <summary>
    /// Resolves a reference such as <c>pod.Spec.Template</c> to its root and path; an indexer or array element
    /// (<c>spec.Containers[0]</c>) is the segment <see cref="Element"/>, whatever its index.
    /// </summary>
    public static bool TryCreate(IOperation reference, out RootedPath rootedPath)
    {
        // First the root and the depth; the names are joined only for a path below the root.
        var depth = 0;
        var current = Step(reference);
        while (Below(current) is { } instance)
        {
            depth++;
            current = Step(instance);
        }

        // By kind, then one cast: this runs for every assignment and argument a flow walk visits.
        ISymbol? root = current.Kind switch
        {
            OperationKind.LocalReference => ((ILocalReferenceOperation)current).Local,
            OperationKind.ParameterReference => ((IParameterReferenceOperation)current).Parameter,
            OperationKind.FieldReference when (IFieldReferenceOperation)current is var field && IsOwnMember(field.Instance) => field.Field,
            OperationKind.PropertyReference when (IPropertyReferenceOperation)current is var property && property.Arguments.Length == 0 && IsOwnMember(property.Instance) => property.Property,
            _ => null,
        };

        if (root is null)
        {
            rootedPath = default;
            return false;
        }

        rootedPath = new RootedPath(root, depth == 0 ? string.Empty : JoinNames(reference, depth));
        return true;
    }

    // The object a member access or element access reads from, when the reference is one; null at the root.
    private static IOperation? Below(IOperation current) => current.Kind switch
    {
        OperationKind.PropertyReference when (IPropertyReferenceOperation)current is { Instance: { } instance }
            && instance.Kind != OperationKind.InstanceReference => instance,
        OperationKind.ArrayElementReference => ((IArrayElementReferenceOperation)current).ArrayReference,
        OperationKind.FieldReference when (IFieldReferenceOperation)current is { Instance: { } instance, Field.ContainingType.IsTupleType: true } => instance,
        _ => null,
    };

    /// <summary>The segment of a tuple's element: its underlying field (<c>Item1</c>), whatever name the tuple gives it.</summary>
    public static string TupleField(IFieldSymbol element) => (element.CorrespondingTupleField ?? element).Name;

    // Conversions are the same object; so is the instance of `?.` (`spec?.X`, C# 14 `spec?.X = v`): the operand of the
    // nearest conditional access around it.
    private static IOperation Step(IOperation operation)
    {
        var current = operation.WalkDownConversions();
        while (current.Kind == OperationKind.ConditionalAccessInstance)
        {
            var node = current.Parent;
            while (node is not null and not IConditionalAccessOperation)
            {
                node = node.Parent;
            }

            if (node is not IConditionalAccessOperation access)
            {
                break;
            }

            current = access.Operation.WalkDownConversions();
        }

        return current;
    }

    // "Spec.Template.Spec" for `deployment.Spec.Template.Spec`: the names of the first `depth` references.
    private static string JoinNames(IOperation reference, int depth)
    {
        var names = new string[depth];
        var current = Step(reference);
        for (var i = depth - 1; i >= 0; i--)
        {
            names[i] = current switch
            {
                IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property.Name,
                IFieldReferenceOperation field => TupleField(field.Field),
                _ => Element,
            };
            current = Step(Below(current)!);
        }

        return depth == 1 ? names[0] : string.Join(".", names);
    }

    // this.field, field, or a static member; not the implicit receiver of an object initializer.
    private static bool IsOwnMember(IOperation? instance)
        => instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
}
