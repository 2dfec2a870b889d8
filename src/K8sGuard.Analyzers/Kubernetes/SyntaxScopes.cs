using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

internal static class SyntaxScopes
{
    /// <summary>The member that holds <paramref name="node"/>; for top-level statements, the whole file (they form one body).</summary>
    public static SyntaxNode EnclosingBody(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        return member is null or GlobalStatementSyntax ? node.SyntaxTree.GetRoot() : member;
    }
}
