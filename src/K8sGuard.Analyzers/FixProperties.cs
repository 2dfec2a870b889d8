using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace K8sGuard.Analyzers;

/// <summary>
/// What a diagnostic tells its code fix in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: the property the
/// verdict was read from and the class-era constructor parameter that carries it, so the fix reads and writes the same
/// place with the same reader instead of guessing it again from the syntax.
/// </summary>
public static class FixProperties
{
    public const string Property = "Property";

    public const string ConstructorParameter = "ConstructorParameter";

    // One dictionary per (property, parameter) pair of the models, shared by every diagnostic that names it.
    private static readonly ConcurrentDictionary<(string Property, string Parameter), ImmutableDictionary<string, string?>> Cache = new();

    internal static ImmutableDictionary<string, string?> For(string property, string constructorParameter)
        => Cache.GetOrAdd((property, constructorParameter), static key => ImmutableDictionary<string, string?>.Empty
            .Add(Property, key.Property)
            .Add(ConstructorParameter, key.Parameter));
}
