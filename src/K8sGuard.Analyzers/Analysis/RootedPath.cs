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

    /// <summary>Resolves a reference such as <c>pod.Spec.Template</c> to its root and path.</summary>
    public static bool TryCreate(IOperation reference, out RootedPath rootedPath)
    {
        // First the root and the depth; the names are joined only for a path below the root.
        var depth = 0;
        var current = reference.WalkDownConversions();
        while (current is IPropertyReferenceOperation { Instance: { } instance, Arguments.Length: 0 } && instance is not IInstanceReferenceOperation)
        {
            depth++;
            current = instance.WalkDownConversions();
        }

        ISymbol? root = current switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field when IsOwnMember(field.Instance) => field.Field,
            IPropertyReferenceOperation property when property.Arguments.Length == 0 && IsOwnMember(property.Instance) => property.Property,
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

    // "Spec.Template.Spec" for `deployment.Spec.Template.Spec`: the names of the first `depth` property references.
    private static string JoinNames(IOperation reference, int depth)
    {
        var names = new string[depth];
        var current = reference.WalkDownConversions();
        for (var i = depth - 1; i >= 0; i--)
        {
            var property = (IPropertyReferenceOperation)current;
            names[i] = property.Property.Name;
            current = property.Instance!.WalkDownConversions();
        }

        return depth == 1 ? names[0] : string.Join(".", names);
    }

    // this.field, field, or a static member; not the implicit receiver of an object initializer.
    private static bool IsOwnMember(IOperation? instance)
        => instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
}
