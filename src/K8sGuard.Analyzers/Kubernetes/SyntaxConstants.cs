using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// Evaluates the constant expressions that name Kubernetes objects, from syntax and the symbol table only
/// (no semantic model of other documents): literals, <c>nameof</c>, <c>const</c> locals and fields,
/// concatenation, casts and parentheses. Anything else is not constant.
/// </summary>
internal sealed class SyntaxConstants
{
    private const int MaxDepth = 8;

    private static readonly object NotConstant = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, object?> _constFields = new(System.StringComparer.Ordinal);

    public SyntaxConstants(Compilation compilation) => _compilation = compilation;

    /// <summary>True with the value (which may be null for a <c>null</c> literal) when the expression is constant.</summary>
    public bool TryEvaluate(ExpressionSyntax? expression, out object? value)
    {
        value = Evaluate(expression, 0);
        if (ReferenceEquals(value, NotConstant))
        {
            value = null;
            return false;
        }

        return true;
    }

    private object? Evaluate(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth)
        {
            return NotConstant;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.Token.Value;
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, depth + 1);
            case CastExpressionSyntax cast:
                return Evaluate(cast.Expression, depth + 1);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                return Evaluate(suppressed.Operand, depth + 1);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: 1 } nameOf:
                return RightmostName(nameOf.ArgumentList.Arguments[0].Expression) ?? NotConstant;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                return Evaluate(add.Left, depth + 1) is string left && Evaluate(add.Right, depth + 1) is string right ? left + right : NotConstant;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var name = RightmostName(expression);
                return name is null ? NotConstant : LocalConstant(expression, name, depth) ?? FieldConstant(name);
            default:
                return NotConstant;
        }
    }

    // `const string name = "x";` declared in the enclosing member.
    private object? LocalConstant(ExpressionSyntax use, string name, int depth)
    {
        if (use is not IdentifierNameSyntax)
        {
            return null;
        }

        var declarator = SyntaxScopes.EnclosingBody(use).DescendantNodes()
            .OfType<LocalDeclarationStatementSyntax>()
            .Where(d => d.IsConst)
            .SelectMany(d => d.Declaration.Variables)
            .FirstOrDefault(v => v.Identifier.ValueText == name);
        return declarator is null ? null : Evaluate(declarator.Initializer?.Value, depth + 1);
    }

    // A const field of the project with that name; ambiguous names (different values) are not constant.
    private object? FieldConstant(string name) => _constFields.GetOrAdd(name, n =>
    {
        var values = _compilation.GetSymbolsWithName(n, SymbolFilter.Member)
            .OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .Select(f => f.ConstantValue)
            .Distinct()
            .ToList();
        return values.Count == 1 ? values[0] : NotConstant;
    });

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
