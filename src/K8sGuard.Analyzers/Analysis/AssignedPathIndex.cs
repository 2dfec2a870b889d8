using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The objects of one operation block (method, accessor, field initializer, top-level program) on which
/// a given property is assigned a value after creation: <c>spec.X = …</c>, <c>pod.Spec.X ??= …</c>.
/// Filled by one pass over the block's assignments, so checking a creation costs a dictionary lookup.
/// </summary>
internal sealed class AssignedPathIndex
{
    private readonly Dictionary<ISymbol, HashSet<string>> _paths = new(SymbolEqualityComparer.Default);

    /// <summary>Records the assignment if it sets <paramref name="isTrackedProperty"/> on a rooted object to a non-null value.</summary>
    public void Record(IAssignmentOperation assignment, System.Func<IPropertySymbol, bool> isTrackedProperty)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Instance: { } instance } target
            || !isTrackedProperty(target.Property)
            || assignment is not (ISimpleAssignmentOperation or ICoalesceAssignmentOperation)
            || PropertyValue.FromOperation(assignment.Value).Kind == PropertyValueKind.Null
            || !RootedPath.TryCreate(instance, out var owner))
        {
            return;
        }

        lock (_paths)
        {
            if (!_paths.TryGetValue(owner.Root, out var paths))
            {
                paths = new HashSet<string>(System.StringComparer.Ordinal);
                _paths.Add(owner.Root, paths);
            }

            paths.Add(owner.Path);
        }
    }

    public bool Contains(RootedPath owner)
    {
        lock (_paths)
        {
            return _paths.TryGetValue(owner.Root, out var paths) && paths.Contains(owner.Path);
        }
    }
}
