using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

internal static class SyntaxLocations
{
    /// <summary>
    /// The smallest useful span of a creation: its type name (<c>V1PodSpec</c> in <c>new V1PodSpec { … }</c>),
    /// or the <c>new</c> keyword of a target-typed <c>new()</c>.
    /// </summary>
    public static Location GetCreationTypeLocation(this SyntaxNode creation) => creation switch
    {
        ObjectCreationExpressionSyntax explicitType => explicitType.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax targetTyped => targetTyped.NewKeyword.GetLocation(),
        _ => creation.GetLocation(),
    };
}
