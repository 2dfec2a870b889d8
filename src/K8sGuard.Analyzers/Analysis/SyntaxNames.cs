using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What a simple name refers to, as far as syntax can tell without binding: C# forbids a local to reuse the name of a
/// local or parameter of the same function, so only a nested function (lambda, anonymous method, local function) can
/// declare the same name again, and only a member's own parameters and locals hide a field or property of its type.
/// </summary>
internal static class SyntaxNames
{
    /// <summary>True when a lambda, anonymous method or local function between <paramref name="use"/> and <paramref name="body"/> declares <paramref name="name"/> itself.</summary>
    public static bool IsShadowedByNestedFunction(SyntaxNode use, string name, SyntaxNode body)
    {
        for (var node = use.Parent; node is not null && node != body; node = node.Parent)
        {
            if (IsFunction(node) && Declares(node, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="node"/> sits in a lambda, anonymous method or local function inside <paramref name="body"/>.</summary>
    public static bool IsInNestedFunction(SyntaxNode node, SyntaxNode body)
    {
        for (var current = node.Parent; current is not null && current != body; current = current.Parent)
        {
            if (IsFunction(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member (method, constructor, property, field, …) around <paramref name="use"/>; null outside members.</summary>
    public static MemberDeclarationSyntax? EnclosingMember(SyntaxNode use)
    {
        for (var node = use.Parent; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax member)
            {
                return member is BaseTypeDeclarationSyntax ? null : member;
            }
        }

        return null;
    }

    private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    /// <summary>True when <paramref name="scope"/> declares <paramref name="name"/> anywhere in it: a parameter, local, loop, pattern, out or catch variable.</summary>
    public static bool Declares(SyntaxNode scope, string name)
    {
        foreach (var node in scope.DescendantNodesAndSelf())
        {
            var declared = node switch
            {
                ParameterSyntax parameter => parameter.Identifier,
                VariableDeclaratorSyntax declarator => declarator.Identifier,
                ForEachStatementSyntax loop => loop.Identifier,
                SingleVariableDesignationSyntax designation => designation.Identifier,
                CatchDeclarationSyntax caught => caught.Identifier,
                _ => default,
            };

            if (declared.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }
}
