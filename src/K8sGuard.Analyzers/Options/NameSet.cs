using System;
using System.Collections.Generic;

namespace K8sGuard.Analyzers.Options;

/// <summary>
/// A set of names from an option such as <c>k8sguard.pod_security.exempt_containers = istio-proxy, linkerd-proxy</c>:
/// separated by commas or whitespace (in an <c>.editorconfig</c> a <c>;</c> or <c>#</c> starts a comment).
/// </summary>
internal sealed class NameSet
{
    public static readonly NameSet Empty = new(new HashSet<string>(StringComparer.Ordinal));

    private static readonly char[] Separators = { ',', ' ', '\t' };

    private readonly HashSet<string> _names;

    private NameSet(HashSet<string> names) => _names = names;

    public bool IsEmpty => _names.Count == 0;

    public bool Contains(string? name) => name is not null && _names.Contains(name);

    public static NameSet Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Empty;
        }

        return new NameSet(new HashSet<string>(value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
    }
}
