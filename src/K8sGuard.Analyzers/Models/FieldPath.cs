using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Models;

/// <summary>
/// Fields from one object down (a container's <c>securityContext.capabilities.drop</c>), spelled as each model's property
/// path (<c>SecurityContext.Capabilities.Drop</c>) once per model.
/// </summary>
internal sealed class FieldPath
{
    private readonly ImmutableArray<KubernetesField> _fields;
    private readonly ConcurrentDictionary<ObjectModelDescription, string> _spelled = new();

    public FieldPath(params KubernetesField[] fields) => _fields = ImmutableArray.Create(fields);

    /// <summary>The property path in <paramref name="model"/>: property names joined by '.'.</summary>
    public string In(ObjectModelDescription model)
        => _spelled.TryGetValue(model, out var path) ? path : _spelled.GetOrAdd(model, Spell);

    private string Spell(ObjectModelDescription model)
    {
        var names = new string[_fields.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = model.PropertyOf(_fields[i]);
        }

        return string.Join(".", names);
    }
}
