using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The naming conventions the object models share: a class-era constructor parameter is the camelCase of its property
/// (<c>SecurityContext</c> ↔ <c>securityContext</c>), a property the PascalCase of its Kubernetes field name.
/// </summary>
internal static class MemberNames
{
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    public static string PascalCase(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>True for a type that implements <c>IEnumerable</c> (a list, an <c>InputList</c>), strings excluded.</summary>
    public static bool IsCollection(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }
}
