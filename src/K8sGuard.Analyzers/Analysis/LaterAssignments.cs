using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The property assignments of one operation block (method, accessor, field initializer, top-level program)
/// made through a rooted path after the object was created: <c>spec.X = …</c>, <c>pod.Spec.X ??= …</c>.
/// Filled by one pass over the block's assignments, so a lookup for a creation costs a dictionary probe.
/// </summary>
internal sealed class LaterAssignments
{
    private readonly Dictionary<ISymbol, List<Entry>> _byRoot = new(SymbolEqualityComparer.Default);

    /// <summary>Records the assignment when its target is a property that <paramref name="isTracked"/> accepts on a rooted object.</summary>
    public void Record(IAssignmentOperation assignment, Func<IPropertySymbol, bool> isTracked)
    {
        if (assignment is not (ISimpleAssignmentOperation or ICoalesceAssignmentOperation)
            || assignment.Target is not IPropertyReferenceOperation { Instance: { } instance } target
            || !isTracked(target.Property)
            || !RootedPath.TryCreate(instance, out var owner))
        {
            return;
        }

        var entry = new Entry(owner.Path, target.Property.Name, PropertyValue.FromOperation(assignment.Value));
        lock (_byRoot)
        {
            if (!_byRoot.TryGetValue(owner.Root, out var entries))
            {
                entries = new List<Entry>();
                _byRoot.Add(owner.Root, entries);
            }

            entries.Add(entry);
        }
    }

    /// <summary>Every value assigned to <paramref name="property"/> of the object at <paramref name="owner"/>.</summary>
    public ImmutableArray<PropertyValue> Get(RootedPath owner, string property)
    {
        lock (_byRoot)
        {
            if (!_byRoot.TryGetValue(owner.Root, out var entries))
            {
                return ImmutableArray<PropertyValue>.Empty;
            }

            var values = ImmutableArray.CreateBuilder<PropertyValue>();
            foreach (var entry in entries)
            {
                if (entry.Property == property && entry.Path == owner.Path)
                {
                    values.Add(entry.Value);
                }
            }

            return values.ToImmutable();
        }
    }

    private readonly struct Entry
    {
        public Entry(string path, string property, PropertyValue value)
        {
            Path = path;
            Property = property;
            Value = value;
        }

        public string Path { get; }

        public string Property { get; }

        public PropertyValue Value { get; }
    }
}
