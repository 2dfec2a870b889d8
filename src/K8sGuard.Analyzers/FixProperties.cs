using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace K8sGuard.Analyzers;

/// <summary>
/// What a diagnostic tells K8sGuard's one code fix in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: which
/// edit to make (<see cref="Fix"/>), with what (<see cref="Value"/>, a C# expression), under which title and equivalence
/// key; for a property the creation must set, the property and the class-era constructor parameter that carry it, so the
/// fix reads and writes the same place with the same reader instead of guessing it again from the syntax.
/// A diagnostic without <see cref="Fix"/> has no safe automatic fix.
/// </summary>
public static class FixProperties
{
    public const string Fix = "Fix";

    public const string Value = "Value";

    public const string Title = "Title";

    public const string EquivalenceKey = "EquivalenceKey";

    public const string Property = "Property";

    public const string ConstructorParameter = "ConstructorParameter";

    /// <summary>Set <see cref="Property"/> (a property or a path below it) of the reported creation: the service-account rules' and the restricted rules' unset settings; the values each action writes are the provider's.</summary>
    public const string SetCreationProperty = "SetCreationProperty";

    /// <summary>Replace the value the reported member, argument, assignment or map entry writes with <see cref="Value"/>.</summary>
    public const string ReplaceValue = "ReplaceValue";

    /// <summary>Unset the field: remove the reported initializer member, or write <c>null</c> where it cannot be removed.</summary>
    public const string RemoveMember = "RemoveMember";

    /// <summary>Remove the reported element from its list.</summary>
    public const string RemoveElement = "RemoveElement";

    /// <summary>
    /// Make the Aspire resource whose adding call is reported set its pod's token: add the assignment to the
    /// <c>PublishAsKubernetesService</c> lambda of its chain, or append such a call to the chain.
    /// </summary>
    public const string AddPublishCallback = "AddPublishCallback";

    /// <summary>
    /// Give the Aspire resource whose adding call is reported the restricted settings its callbacks do not write (non-root
    /// and RuntimeDefault seccomp on the pod; no privilege escalation and ALL capabilities dropped on each container), in the
    /// <c>PublishAsKubernetesService</c> lambda of its chain or a new one.
    /// </summary>
    public const string HardenPublishedPod = "HardenPublishedPod";

    // One dictionary per (property, parameter) pair of the models, shared by every diagnostic that names it.
    private static readonly ConcurrentDictionary<(string Property, string Parameter), ImmutableDictionary<string, string?>> Cache = new();

    internal static ImmutableDictionary<string, string?> For(string property, string constructorParameter)
        => Cache.GetOrAdd((property, constructorParameter), static key => ImmutableDictionary<string, string?>.Empty
            .Add(Fix, SetCreationProperty)
            .Add(Property, key.Property)
            .Add(ConstructorParameter, key.Parameter));
}

/// <summary>The fix a rule offers for a written value, as the properties its diagnostics carry (built once per rule).</summary>
internal readonly struct FixAction
{
    private FixAction(ImmutableDictionary<string, string?> properties) => Properties = properties;

    public static FixAction None { get; } = new(ImmutableDictionary<string, string?>.Empty);

    public ImmutableDictionary<string, string?> Properties { get; }

    public static FixAction ReplaceValue(string ruleId, string name, string title, string value) => Create(ruleId, name, title, FixProperties.ReplaceValue).With(FixProperties.Value, value);

    public static FixAction RemoveMember(string ruleId, string name, string title) => Create(ruleId, name, title, FixProperties.RemoveMember);

    public static FixAction RemoveElement(string ruleId, string name, string title) => Create(ruleId, name, title, FixProperties.RemoveElement);

    private FixAction With(string key, string value) => new(Properties.Add(key, value));

    private static FixAction Create(string ruleId, string name, string title, string fix)
        => new(ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Fix, fix)
            .Add(FixProperties.Title, title)
            .Add(FixProperties.EquivalenceKey, ruleId + "." + name));
}
