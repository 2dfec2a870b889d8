using System;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>Property paths: names joined by '.', "" for the object itself.</summary>
internal static class Paths
{
    /// <summary>"" is a prefix of everything; "Spec" of "Spec.Template.Spec" but not of "SpecX".</summary>
    public static bool IsPrefix(string prefix, string path)
        => prefix.Length == 0 || (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '.'));

    /// <summary>What follows <paramref name="prefix"/> in <paramref name="path"/>.</summary>
    public static string Rest(string prefix, string path)
        => prefix.Length == 0 ? path : path.Length == prefix.Length ? string.Empty : path.Substring(prefix.Length + 1);

    public static string Concat(string first, string second)
        => first.Length == 0 ? second : second.Length == 0 ? first : first + "." + second;
}
