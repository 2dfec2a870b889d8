using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// The one edit every K8sGuard fix makes: "set property P of this creation to a boolean". It writes where the
/// analyzer read: <see cref="CreationPropertyReader"/> (the analyzer's own reader) says which member gave the verdict
/// — a constructor argument, an initializer member, a <c>with</c> member — and that member's value is replaced.
/// When nothing gives P a value, a class-era constructor gets a named argument and any other creation an
/// initializer member, in the author's layout (<see cref="SeparatedListAppender"/>), outside any <c>#if</c> region.
/// Where the member would not bind to a property that takes a boolean, there is no edit.
/// </summary>
internal sealed class CreationPropertyEditor
{
    private readonly Document _document;
    private readonly SyntaxNode _root;
    private readonly SourceText _text;
    private readonly BaseObjectCreationExpressionSyntax _creation;
    private readonly ExpressionSyntax? _valueToReplace;
    private readonly IParameterSymbol? _constructorParameter;
    private readonly string _property;

    private CreationPropertyEditor(
        Document document,
        SyntaxNode root,
        SourceText text,
        BaseObjectCreationExpressionSyntax creation,
        ExpressionSyntax? valueToReplace,
        IParameterSymbol? constructorParameter,
        string property)
    {
        _document = document;
        _root = root;
        _text = text;
        _creation = creation;
        _valueToReplace = valueToReplace;
        _constructorParameter = constructorParameter;
        _property = property;
    }

    /// <summary>The edit for the creation reported at <paramref name="diagnosticSpan"/>, or null when no safe edit exists.</summary>
    public static async Task<CreationPropertyEditor?> CreateAsync(
        Document document,
        TextSpan diagnosticSpan,
        string property,
        string constructorParameter,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var creation = root?.FindNode(diagnosticSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<BaseObjectCreationExpressionSyntax>()
            .FirstOrDefault();
        if (root is null || semanticModel is null || creation is null
            || semanticModel.GetOperation(creation, cancellationToken) is not IObjectCreationOperation { Type: { } type } operation)
        {
            return null;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var boolean = semanticModel.Compilation.GetSpecialType(SpecialType.System_Boolean);
        bool TakesBoolean(ITypeSymbol? destination)
            => destination is not null && semanticModel.Compilation.ClassifyCommonConversion(boolean, destination).IsImplicit;

        // The member the analyzer's verdict came from: the last of constructor argument, initializer, `with` that sets it.
        var read = CreationPropertyReader.Read(operation, property, constructorParameter);
        if (read.Kind != PropertyValueKind.Unset)
        {
            return read.Operation is { Syntax: ExpressionSyntax value } && TakesBoolean(DestinationType(read.Operation))
                ? new CreationPropertyEditor(document, root, text, creation, value, null, property)
                : null;
        }

        var parameter = operation.Constructor?.Parameters.FirstOrDefault(p => p.Name == constructorParameter);
        if (parameter is not null && TakesBoolean(parameter.Type) && creation.ArgumentList is not { ContainsDirectives: true })
        {
            return new CreationPropertyEditor(document, root, text, creation, null, parameter, property);
        }

        // `P = v` in an object initializer binds to the most derived accessible member named P: it must be a settable
        // property that takes a boolean (not a hiding property of another type), in an object (not collection) initializer.
        var member = semanticModel.LookupSymbols(creation.SpanStart, type, property).FirstOrDefault();
        var canWriteMember = member is IPropertySymbol { IsStatic: false, SetMethod: not null } target
            && semanticModel.IsAccessible(creation.SpanStart, target.SetMethod)
            && TakesBoolean(target.Type)
            && creation.Initializer is null or { RawKind: (int)SyntaxKind.ObjectInitializerExpression };
        return canWriteMember ? new CreationPropertyEditor(document, root, text, creation, null, null, property) : null;
    }

    public Document Set(bool value)
    {
        var literal = NewSyntax.BooleanLiteral(value);
        if (_valueToReplace is not null)
        {
            return _document.WithSyntaxRoot(_root.ReplaceNode(_valueToReplace, literal.WithTriviaFrom(_valueToReplace)));
        }

        var edited = _constructorParameter is not null
            ? AddNamedArgument(_creation, _constructorParameter.Name, literal, _text)
            : AddInitializerMember(_creation, _property, literal, _text);
        return _document.WithSyntaxRoot(_root.ReplaceNode(_creation, edited));
    }

    private static ITypeSymbol? DestinationType(IOperation value) => value.Parent switch
    {
        ISimpleAssignmentOperation assignment => assignment.Target.Type,
        IArgumentOperation argument => argument.Parameter?.Type,
        _ => null,
    };

    // Class era: the constructor has a parameter for the property; use it, as the author's style did.
    private static BaseObjectCreationExpressionSyntax AddNamedArgument(BaseObjectCreationExpressionSyntax creation, string parameter, ExpressionSyntax value, SourceText text)
    {
        var argument = SyntaxFactory.Argument(
            SyntaxFactory.NameColon(NewSyntax.Name(parameter), NewSyntax.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
            refKindKeyword: default,
            value);
        if (creation.ArgumentList is { } argumentList)
        {
            var arguments = SeparatedListAppender.Append(argumentList.Arguments, argument, argumentList.OpenParenToken, argumentList.CloseParenToken, text, out var closeParen);
            return creation.WithArgumentList(argumentList.WithArguments(arguments).WithCloseParenToken(closeParen));
        }

        // `new V1PodSpec { … }` → `new V1PodSpec(p: v) { … }`: the space that followed the type now follows `)`.
        var explicitType = (ObjectCreationExpressionSyntax)creation;
        var newList = SyntaxFactory.ArgumentList(
            NewSyntax.Token(SyntaxKind.OpenParenToken),
            SyntaxFactory.SingletonSeparatedList(argument),
            NewSyntax.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(explicitType.Type.GetTrailingTrivia()));
        return explicitType.WithType(explicitType.Type.WithoutTrailingTrivia()).WithArgumentList(newList);
    }

    private static BaseObjectCreationExpressionSyntax AddInitializerMember(BaseObjectCreationExpressionSyntax creation, string property, ExpressionSyntax value, SourceText text)
    {
        var member = NewSyntax.Assignment(property, value);
        var initializer = creation.Initializer;
        if (initializer is null)
        {
            return AddInitializer(creation, member);
        }

        if (initializer.Expressions.Count == 0 && !SeparatedListAppender.SpansLines(initializer.OpenBraceToken, initializer.CloseBraceToken, text))
        {
            // `{}` or `{ }` becomes `{ X = v }`.
            return creation.WithInitializer(initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SingletonSeparatedList(member))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space)));
        }

        var expressions = SeparatedListAppender.InsertOutsideConditionalRegions(
            initializer.Expressions, member, initializer.OpenBraceToken, initializer.CloseBraceToken, text, out var closeBrace);
        return creation.WithInitializer(initializer.WithExpressions(expressions).WithCloseBraceToken(closeBrace));
    }

    // `new V1PodSpec()` → `new V1PodSpec { X = v }`; `new()` → `new() { X = v }` (target-typed new needs its parentheses).
    // Parentheses with a comment inside or around them stay, with the comment.
    private static BaseObjectCreationExpressionSyntax AddInitializer(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member)
    {
        var trailing = creation.GetTrailingTrivia();
        var bare = creation.WithoutTrailingTrivia();
        if (bare is ObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: 0 } emptyArguments } explicitType
            && OnlyWhitespace(explicitType.Type.GetTrailingTrivia())
            && OnlyWhitespace(emptyArguments.OpenParenToken.TrailingTrivia)
            && OnlyWhitespace(emptyArguments.CloseParenToken.LeadingTrivia))
        {
            bare = explicitType.WithArgumentList(null).WithType(explicitType.Type.WithoutTrailingTrivia());
        }

        var initializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            NewSyntax.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(member),
            NewSyntax.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        return bare.WithInitializer(initializer).WithTrailingTrivia(trailing);
    }

    private static bool OnlyWhitespace(SyntaxTriviaList trivia)
        => trivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));
}

/// <summary>
/// New syntax without elastic trivia: the code-action cleanup reformats around elastic trivia with default
/// options (spaces, re-indented braces), which would rewrite a tab-indented file's lines the fix never meant to touch.
/// </summary>
internal static class NewSyntax
{
    public static SyntaxToken Token(SyntaxKind kind) => SyntaxFactory.Token(default, kind, default);

    public static IdentifierNameSyntax Name(string name) => SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(default, name, default));

    public static LiteralExpressionSyntax BooleanLiteral(bool value) => value
        ? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression, Token(SyntaxKind.TrueKeyword))
        : SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression, Token(SyntaxKind.FalseKeyword));

    public static ExpressionSyntax Assignment(string property, ExpressionSyntax value)
        => SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            Name(property).WithTrailingTrivia(SyntaxFactory.Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            value.WithoutTrivia());
}
