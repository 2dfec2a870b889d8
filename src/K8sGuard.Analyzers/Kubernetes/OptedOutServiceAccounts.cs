using System;
using System.Collections.Immutable;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// Service accounts managed outside the code (Helm charts, cluster bootstrap) that are known to set
/// <c>automountServiceAccountToken: false</c>, from the <c>.editorconfig</c> option
/// <c>k8sguard.K8S0001.opted_out_service_accounts = builder, ci/runner</c>: a name (any namespace) or
/// <c>namespace/name</c>, separated by commas or whitespace. Malformed entries are ignored. There is no other
/// separator: in an <c>.editorconfig</c> a <c>;</c> or <c>#</c> starts a comment, so the compiler never passes on
/// what follows it.
/// </summary>
internal sealed class OptedOutServiceAccounts
{
    public const string OptionKey = "k8sguard.K8S0001.opted_out_service_accounts";

    public static readonly OptedOutServiceAccounts None = new(ImmutableArray<(string? Namespace, string Name)>.Empty);

    private static readonly char[] Separators = { ',', ' ', '\t' };

    private readonly ImmutableArray<(string? Namespace, string Name)> _entries;

    private OptedOutServiceAccounts(ImmutableArray<(string? Namespace, string Name)> entries) => _entries = entries;

    public int Count => _entries.Length;

    public static OptedOutServiceAccounts Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        var entries = ImmutableArray.CreateBuilder<(string? Namespace, string Name)>();
        foreach (var raw in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = raw.Trim();
            var slash = entry.IndexOf('/');
            if (slash < 0 && IsKubernetesName(entry))
            {
                entries.Add((null, entry));
            }
            else if (slash > 0 && entry.IndexOf('/', slash + 1) < 0
                     && IsKubernetesName(entry.Substring(0, slash)) && IsKubernetesName(entry.Substring(slash + 1)))
            {
                entries.Add((entry.Substring(0, slash), entry.Substring(slash + 1)));
            }
        }

        return entries.Count == 0 ? None : new OptedOutServiceAccounts(entries.ToImmutable());
    }

    /// <summary>True when an entry names the account: same name, and no namespace, or namespaces equal or the pod's unknown.</summary>
    public bool Contains(ServiceAccountReference account)
    {
        foreach (var (entryNamespace, name) in _entries)
        {
            if (name == account.Name && (entryNamespace is null || account.Namespace is null || entryNamespace == account.Namespace))
            {
                return true;
            }
        }

        return false;
    }

    // RFC 1123 subdomain, as Kubernetes requires for ServiceAccount names and namespaces.
    private static bool IsKubernetesName(string text)
    {
        if (text.Length == 0 || text.Length > 253 || !char.IsLetterOrDigit(text[0]) || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
