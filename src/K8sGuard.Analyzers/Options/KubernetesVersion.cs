using System;
using System.Globalization;

namespace K8sGuard.Analyzers.Options;

/// <summary>
/// The Kubernetes version the code targets, from <c>k8sguard.kubernetes_version = 1.33</c> (also <c>v1.33</c>,
/// <c>1.33.2</c>); the newest when unset or unreadable, so every version-dependent check applies.
/// </summary>
internal readonly struct KubernetesVersion : IComparable<KubernetesVersion>
{
    public const string OptionName = "kubernetes_version";

    public static readonly KubernetesVersion Newest = new(int.MaxValue, int.MaxValue);

    public KubernetesVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }

    public int Minor { get; }

    public bool IsAtLeast(int major, int minor) => CompareTo(new KubernetesVersion(major, minor)) >= 0;

    public int CompareTo(KubernetesVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static KubernetesVersion Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Newest;
        }

        if (value![0] is 'v' or 'V')
        {
            value = value.Substring(1);
        }

        var parts = value.Split('.');
        return parts.Length is 2 or 3
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new KubernetesVersion(major, minor)
            : Newest;
    }

    public override string ToString() => Major == int.MaxValue ? "newest" : Major + "." + Minor;
}
