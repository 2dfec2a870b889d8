using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.CodeFixes;

/// <summary>What a creation fix writes into the property it names: a boolean, a string, or one more element of a list of strings.</summary>
internal readonly struct FixValue
{
    private FixValue(object value, bool isListElement)
    {
        Value = value;
        IsListElement = isListElement;
    }

    public object Value { get; }

    /// <summary>True when the property holds a list of strings and the fix makes sure it contains <see cref="Value"/>.</summary>
    public bool IsListElement { get; }

    /// <summary>The type of the value (of one element, for a list).</summary>
    public SpecialType Type => Value is bool ? SpecialType.System_Boolean : SpecialType.System_String;

    public static FixValue Boolean(bool value) => new(value, isListElement: false);

    public static FixValue String(string value) => new(value, isListElement: false);

    public static FixValue ListElement(string value) => new(value, isListElement: true);

    /// <summary>The value (the element, for a list) as a literal.</summary>
    public ExpressionSyntax Literal() => Value switch
    {
        bool boolean => NewSyntax.BooleanLiteral(boolean),
        _ => SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression,
            SyntaxFactory.Literal(default, SymbolDisplay.FormatLiteral((string)Value, quote: true), (string)Value, default)),
    };
}
