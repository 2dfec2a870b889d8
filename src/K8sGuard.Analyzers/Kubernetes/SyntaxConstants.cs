using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// Evaluates the constant expressions that name Kubernetes objects, from syntax and the symbol table only
/// (no semantic model of other documents): literals, <c>nameof</c>, <c>const</c> locals and fields, concatenation,
/// constant interpolated strings, casts and parentheses. A name that the enclosing member declares as a variable or
/// parameter (or a member of one) is not constant, whatever const fields elsewhere share its name.
/// </summary>
internal sealed class SyntaxConstants
{
    private const int MaxDepth = 8;

    private static readonly object NotConstant = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, object?> _constFields = new(System.StringComparer.Ordinal);

    // Per body: its const locals, and the names it declares as variables or parameters. Read once per body, not per use.
    private readonly ConcurrentDictionary<SyntaxNode, BodyNames> _bodies = new();

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
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolate(interpolated, depth);
            case IdentifierNameSyntax identifier:
                var names = NamesOf(SyntaxScopes.EnclosingBody(identifier));
                var name = identifier.Identifier.ValueText;
                if (names.Constants.TryGetValue(name, out var initializer))
                {
                    return Evaluate(initializer, depth + 1);
                }

                return names.Variables.Contains(name) ? NotConstant : FieldConstant(name);
            case MemberAccessExpressionSyntax access:
                // `options.Name` reads a variable's member: not constant. `Names.Account` may be a const field.
                return LeftmostName(access) is { } leftmost && NamesOf(SyntaxScopes.EnclosingBody(access)).Variables.Contains(leftmost)
                    ? NotConstant
                    : FieldConstant(access.Name.Identifier.ValueText);
            default:
                return NotConstant;
        }
    }

    // `$"{Prefix}-runner"` with constant parts only.
    private object? Interpolate(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var text = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax literal:
                    text.Append(literal.TextToken.ValueText);
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole when Evaluate(hole.Expression, depth + 1) is string part:
                    text.Append(part);
                    break;
                default:
                    return NotConstant;
            }
        }

        return text.ToString();
    }

    private static string? LeftmostName(MemberAccessExpressionSyntax access)
    {
        ExpressionSyntax current = access;
        while (current is MemberAccessExpressionSyntax member)
        {
            current = member.Expression;
        }

        return current is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null;
    }

    private BodyNames NamesOf(SyntaxNode body) => _bodies.GetOrAdd(body, BodyNames.Read);

    private sealed class BodyNames
    {
        public Dictionary<string, ExpressionSyntax?> Constants { get; } = new(System.StringComparer.Ordinal);

        public HashSet<string> Variables { get; } = new(System.StringComparer.Ordinal);

        public static BodyNames Read(SyntaxNode body)
        {
            var names = new BodyNames();
            foreach (var node in body.DescendantNodes())
            {
                if (node is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { IsConst: true } } } constant)
                {
                    names.Constants[constant.Identifier.ValueText] = constant.Initializer?.Value;
                    continue;
                }

                var variable = node switch
                {
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: not FieldDeclarationSyntax and not EventFieldDeclarationSyntax } } local => local.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    ForEachStatementSyntax loop => loop.Identifier,
                    CatchDeclarationSyntax caught => caught.Identifier,
                    _ => default,
                };
                if (!variable.IsKind(SyntaxKind.None))
                {
                    names.Variables.Add(variable.ValueText);
                }
            }

            // A name both const and a variable in different scopes of the body: not known.
            foreach (var name in names.Variables)
            {
                names.Constants.Remove(name);
            }

            return names;
        }
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
