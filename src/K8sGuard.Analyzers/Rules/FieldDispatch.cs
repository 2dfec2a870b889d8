using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using K8sGuard.Analyzers.Models;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// Which rules read a field, by the property or class-era constructor parameter each model gives it: built once from the
/// rules' declared fields, so a write costs one dictionary probe (and nothing for properties no rule reads).
/// </summary>
internal sealed class FieldDispatch
{
    private readonly Dictionary<(ObjectModelDescription Model, KubernetesObjectKind Kind, string Name), Entry> _byProperty = new();
    private readonly Dictionary<(ObjectModelDescription Model, KubernetesObjectKind Kind, string Name), Entry> _byParameter = new();
    private readonly HashSet<KubernetesObjectKind> _kinds = new();

    public FieldDispatch(ImmutableArray<FieldValueRule> rules, ImmutableArray<ObjectModelDescription> models)
    {
        var byField = new Dictionary<KubernetesField, ImmutableArray<FieldValueRule>.Builder>();
        foreach (var rule in rules)
        {
            foreach (var field in rule.Fields)
            {
                if (!byField.TryGetValue(field, out var readers))
                {
                    byField[field] = readers = ImmutableArray.CreateBuilder<FieldValueRule>();
                }

                readers.Add(rule);
            }
        }

        foreach (var pair in byField)
        {
            var entry = new Entry(pair.Key, pair.Value.ToImmutable());
            _kinds.Add(pair.Key.Kind);
            foreach (var model in models)
            {
                _byProperty[(model, pair.Key.Kind, model.PropertyOf(pair.Key))] = entry;
                _byParameter[(model, pair.Key.Kind, model.ParameterOf(pair.Key))] = entry;
            }
        }
    }

    /// <summary>True when some rule reads a field of objects of this kind.</summary>
    public bool HasRulesFor(KubernetesObjectKind kind) => _kinds.Contains(kind);

    public bool TryGetByProperty(TrackedType type, string property, out Entry entry) => _byProperty.TryGetValue((type.Model, type.Kind, property), out entry);

    public bool TryGetByParameter(TrackedType type, string parameter, out Entry entry) => _byParameter.TryGetValue((type.Model, type.Kind, parameter), out entry);

    public readonly struct Entry
    {
        public Entry(KubernetesField field, ImmutableArray<FieldValueRule> rules)
        {
            Field = field;
            Rules = rules;
        }

        public KubernetesField Field { get; }

        public ImmutableArray<FieldValueRule> Rules { get; }
    }
}
