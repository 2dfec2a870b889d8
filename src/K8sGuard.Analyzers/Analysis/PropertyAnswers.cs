using System;
using System.Collections.Generic;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>A tiny per-object memo keyed by property name: one inline slot, then a dictionary.</summary>
internal struct PropertyAnswers<T>
{
    private string? _firstProperty;
    private T _first;
    private Dictionary<string, T>? _others;

    public bool TryGet(string property, out T value)
    {
        if (_firstProperty is not null && string.Equals(_firstProperty, property, StringComparison.Ordinal))
        {
            value = _first;
            return true;
        }

        if (_others is not null && _others.TryGetValue(property, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    public void Add(string property, T value)
    {
        if (_firstProperty is null)
        {
            _firstProperty = property;
            _first = value;
            return;
        }

        _others ??= new Dictionary<string, T>(StringComparer.Ordinal);
        _others[property] = value;
    }
}
