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
/// The one edit every K8sGuard fix makes: "set property P of this creation to V". It keeps the author's
/// layout: a class-era constructor gets a named argument (or its explicit <c>null</c> replaced), an
/// initializer gets a new member (single-line stays single-line, multi-line gets a line with the same
/// indentation and the same trailing-comma style), an explicit <c>null</c> is replaced, and a creation
/// without initializer gets one.
/// </summary>
internal static class CreationPropertyEditor
{
    public static async Task<Document> SetAsync(
        Document document,
        TextSpan diagnosticSpan,
        string propertyName,
        ExpressionSyntax value,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var creation = root?.FindNode(diagnosticSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<BaseObjectCreationExpressionSyntax>()
            .FirstOrDefault();
        if (root is null || creation is null)
        {
            return document;
        }

        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var operation = semanticModel?.GetOperation(creation, cancellationToken) as IObjectCreationOperation;
        var edited = SetOnConstructor(creation, operation, propertyName, value, text)
            ?? SetOnInitializer(creation, propertyName, value, text);
        return document.WithSyntaxRoot(root.ReplaceNode(creation, edited));
    }

    // Class era: the constructor has a parameter for the property; use it, as the author's style did.
    private static BaseObjectCreationExpressionSyntax? SetOnConstructor(
        BaseObjectCreationExpressionSyntax creation,
        IObjectCreationOperation? operation,
        string propertyName,
        ExpressionSyntax value,
        SourceText text)
    {
        var parameter = operation?.Constructor?.Parameters.FirstOrDefault(p => CreationPropertyReader.IsParameterFor(p, propertyName));
        if (operation is null || parameter is null)
        {
            return null;
        }

        var explicitArgument = operation.Arguments.FirstOrDefault(a =>
            a.ArgumentKind != ArgumentKind.DefaultValue
            && SymbolEqualityComparer.Default.Equals(a.Parameter, parameter)
            && a.Syntax is ArgumentSyntax);
        if (explicitArgument?.Syntax is ArgumentSyntax argument)
        {
            return creation.ReplaceNode(argument.Expression, value.WithTriviaFrom(argument.Expression));
        }

        var namedArgument = SyntaxFactory.Argument(value)
            .WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameter.Name)).WithTrailingTrivia(SyntaxFactory.Space));
        var argumentList = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
        var arguments = SeparatedListAppender.Append(argumentList.Arguments, namedArgument, argumentList.OpenParenToken, argumentList.CloseParenToken, text, out var closeParen);
        return creation.WithArgumentList(argumentList.WithArguments(arguments).WithCloseParenToken(closeParen));
    }

    private static BaseObjectCreationExpressionSyntax SetOnInitializer(
        BaseObjectCreationExpressionSyntax creation,
        string propertyName,
        ExpressionSyntax value,
        SourceText text)
    {
        var initializer = creation.Initializer;
        if (initializer is null)
        {
            return AddInitializer(creation, propertyName, value);
        }

        var existing = initializer.Expressions
            .OfType<AssignmentExpressionSyntax>()
            .LastOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == propertyName);
        if (existing is not null)
        {
            return creation.ReplaceNode(existing.Right, value.WithTriviaFrom(existing.Right));
        }

        var member = CreateMemberAssignment(propertyName, value);
        var expressions = SeparatedListAppender.Append(initializer.Expressions, member, initializer.OpenBraceToken, initializer.CloseBraceToken, text, out var closeBrace);
        if (initializer.Expressions.Count == 0 && !SeparatedListAppender.SpansLines(initializer.OpenBraceToken, initializer.CloseBraceToken, text))
        {
            // `{}` or `{ }` becomes `{ X = v }`.
            return creation.WithInitializer(initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SingletonSeparatedList(member.WithoutTrivia()))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space)));
        }

        return creation.WithInitializer(initializer.WithExpressions(expressions).WithCloseBraceToken(closeBrace));
    }

    // `new V1PodSpec()` → `new V1PodSpec { X = v }`; `new()` → `new() { X = v }` (target-typed new needs its parentheses).
    private static BaseObjectCreationExpressionSyntax AddInitializer(BaseObjectCreationExpressionSyntax creation, string propertyName, ExpressionSyntax value)
    {
        var trailing = creation.GetTrailingTrivia();
        var bare = creation.WithoutTrailingTrivia();
        if (bare is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } explicitType)
        {
            bare = explicitType.WithArgumentList(null).WithType(explicitType.Type.WithoutTrailingTrivia());
        }

        var initializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(CreateMemberAssignment(propertyName, value)))
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        return bare.WithInitializer(initializer).WithTrailingTrivia(trailing);
    }

    private static ExpressionSyntax CreateMemberAssignment(string propertyName, ExpressionSyntax value)
        => SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(propertyName).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            value.WithoutTrivia());
}
