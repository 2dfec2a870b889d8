using System.Collections.Generic;
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
/// The edit of the fixes that set a property of a creation, or a path below it (<c>SecurityContext.AllowPrivilegeEscalation</c>),
/// to a <see cref="FixValue"/>: a boolean, a string, or one more element of a list. It writes where the analyzer read:
/// <see cref="CreationPropertyReader"/> (the analyzer's own reader) says which member gave the verdict — a constructor
/// argument, an initializer member, a <c>with</c> member — and that member's value is replaced (or its list extended).
/// When nothing gives P a value, a class-era constructor gets a named argument and any other creation an initializer
/// member, in the author's layout (<see cref="SeparatedListAppender"/>), outside any <c>#if</c> region, creating the
/// objects missing on the path. Where the member would not bind to a property that takes the value, there is no edit.
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
    private readonly System.Func<ExpressionSyntax, ExpressionSyntax>? _wrap;
    private readonly SyntaxNode? _listToExtend;

    private CreationPropertyEditor(
        Document document,
        SyntaxNode root,
        SourceText text,
        BaseObjectCreationExpressionSyntax creation,
        ExpressionSyntax? valueToReplace,
        IParameterSymbol? constructorParameter,
        string property,
        System.Func<ExpressionSyntax, ExpressionSyntax>? wrap,
        SyntaxNode? listToExtend = null)
    {
        _wrap = wrap;
        _listToExtend = listToExtend;
        _document = document;
        _root = root;
        _text = text;
        _creation = creation;
        _valueToReplace = valueToReplace;
        _constructorParameter = constructorParameter;
        _property = property;
    }

    /// <summary>
    /// The edit for the creation reported at <paramref name="diagnosticSpan"/>, or null when no safe edit exists.
    /// <paramref name="property"/> may be a path (<c>SecurityContext.AllowPrivilegeEscalation</c>): the edit goes down
    /// through the objects the creation already makes, and creates the missing ones with their own type (Pulumi's
    /// <c>Input&lt;T&gt;</c> unwrapped; a class-era type through its constructor's named argument when the object above
    /// is built with constructor arguments).
    /// </summary>
    public static async Task<CreationPropertyEditor?> CreateAsync(
        Document document,
        TextSpan diagnosticSpan,
        string property,
        string constructorParameter,
        FixValue kind,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var creation = root?.FindNode(diagnosticSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<BaseObjectCreationExpressionSyntax>()
            .FirstOrDefault();
        if (root is null || semanticModel is null || creation is null
            || semanticModel.GetOperation(creation, cancellationToken) is not IObjectCreationOperation { Type: { } } operation)
        {
            return null;
        }

        // Down through the objects the creation already makes: `SecurityContext = new V1SecurityContext { … }`.
        var segments = property.Split('.');
        var depth = 0;
        var parameterName = constructorParameter;
        while (depth < segments.Length - 1)
        {
            var held = CreationPropertyReader.Read(operation, segments[depth], parameterName);
            if (held.Kind == PropertyValueKind.Unset)
            {
                break;
            }

            // A variable, a call or null holds it: what the edit would change is not in this expression.
            if (held.Operation?.WalkDownConversions() is not IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax innerSyntax, Type: { } } inner)
            {
                return null;
            }

            operation = inner;
            creation = innerSyntax;
            depth++;
            parameterName = CamelCase(segments[depth]);
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var scalar = semanticModel.Compilation.GetSpecialType(kind.Type);
        var position = creation.SpanStart;

        // The objects to create, outermost first, and the type of what goes into the member at `depth`.
        var missing = new List<(string Member, INamedTypeSymbol Type)>();
        ITypeSymbol? valueType = scalar;
        var owner = operation.Type!;
        for (var i = depth; i < segments.Length - 1; i++)
        {
            if (SettableProperty(semanticModel, position, owner, segments[i]) is not { } intermediate
                || Unwrap(intermediate.Type) is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } created
                || !created.InstanceConstructors.Any(c => c.Parameters.IsEmpty && semanticModel.IsAccessible(position, c)))
            {
                return null;
            }

            missing.Add((segments[i], created));
            owner = created;
        }

        System.Func<ExpressionSyntax, ExpressionSyntax>? leafList = null;
        if (missing.Count > 0)
        {
            var leafName = segments[segments.Length - 1];
            if (kind.IsListElement)
            {
                if (ListProperty(semanticModel, position, owner, leafName) is not { } leafProperty
                    || NewList(semanticModel, position, leafProperty, leafProperty.SetMethod is null) is not { } list)
                {
                    return null;
                }

                leafList = list.Build;
            }
            else if (SettableProperty(semanticModel, position, owner, leafName) is not { } leaf || !Accepts(semanticModel, scalar, leaf.Type))
            {
                return null;
            }

            valueType = missing[0].Type;
        }

        var member = segments[depth];
        var intermediates = missing.Count == 0 ? null : Intermediates(missing, segments[segments.Length - 1], semanticModel, position, creation.ArgumentList is { Arguments.Count: > 0 });
        var wrap = Compose(leafList, intermediates);

        // The member the analyzer's verdict came from: the last of constructor argument, initializer, `with` that sets it.
        var read = CreationPropertyReader.Read(operation, member, parameterName);
        if (read.Kind != PropertyValueKind.Unset)
        {
            if (missing.Count > 0 || read.Operation is null)
            {
                return null;
            }

            if (kind.IsListElement)
            {
                // `Drop = new List<string> { "NET_RAW" }`, `Drop = { … }`, `Drop = ["NET_RAW"]`: one more element.
                return ExtensibleList(read.Operation) is { } extended
                    ? new CreationPropertyEditor(document, root, text, creation, null, null, member, null, extended)
                    : null;
            }

            return read.Operation is { Syntax: ExpressionSyntax value } && Accepts(semanticModel, valueType, DestinationType(read.Operation))
                ? new CreationPropertyEditor(document, root, text, creation, value, null, member, wrap)
                : null;
        }

        var parameter = operation.Constructor?.Parameters.FirstOrDefault(p => p.Name == parameterName);
        if (missing.Count == 0 && kind.IsListElement)
        {
            // The list itself is missing: a new one, through the constructor's parameter or the property.
            var destination = parameter is not null && creation.ArgumentList is not { ContainsDirectives: true } ? parameter.Type : ListProperty(semanticModel, position, operation.Type!, member)?.Type;
            var getOnly = parameter is null && ListProperty(semanticModel, position, operation.Type!, member) is { SetMethod: null };
            if (destination is null || NewList(semanticModel, position, destination, getOnly) is not { } list)
            {
                return null;
            }

            wrap = list.Build;
            valueType = list.Type;
        }

        if (parameter is not null && (valueType is null || Accepts(semanticModel, valueType, parameter.Type)) && creation.ArgumentList is not { ContainsDirectives: true })
        {
            return new CreationPropertyEditor(document, root, text, creation, null, parameter, member, wrap);
        }

        // `P = v` in an object initializer binds to the most derived accessible member named P: it must be a settable
        // property that takes the value (not a hiding property of another type), in an object (not collection) initializer;
        // a get-only list takes a collection initializer (`Drop = { "ALL" }`).
        var canWriteMember = (valueType is null ? ListProperty(semanticModel, position, operation.Type!, member) is not null
                : SettableProperty(semanticModel, position, operation.Type!, member) is { } target && Accepts(semanticModel, valueType, target.Type))
            && creation.Initializer is null or { RawKind: (int)SyntaxKind.ObjectInitializerExpression };
        return canWriteMember ? new CreationPropertyEditor(document, root, text, creation, null, null, member, wrap) : null;
    }

    private static System.Func<ExpressionSyntax, ExpressionSyntax>? Compose(System.Func<ExpressionSyntax, ExpressionSyntax>? inner, System.Func<ExpressionSyntax, ExpressionSyntax>? outer)
        => inner is null ? outer : outer is null ? inner : value => outer(inner(value));

    // A property holding a list of strings (settable, or get-only as Aspire's and Pulumi's lists are filled in place).
    private static IPropertySymbol? ListProperty(SemanticModel semanticModel, int position, ITypeSymbol type, string name)
        => semanticModel.LookupSymbols(position, type, name).FirstOrDefault() is IPropertySymbol { IsStatic: false, GetMethod: not null } property
           && semanticModel.IsAccessible(position, property.GetMethod)
           && (property.SetMethod is null || semanticModel.IsAccessible(position, property.SetMethod))
           && Analyzers.Analysis.MemberNames.IsCollection(property.Type)
            ? property
            : null;

    private static (System.Func<ExpressionSyntax, ExpressionSyntax> Build, ITypeSymbol? Type)? NewList(SemanticModel semanticModel, int position, IPropertySymbol property, bool getOnly)
        => NewList(semanticModel, position, property.Type, getOnly || IsPulumiInputList(property.Type));

    // The new list a missing property gets: `{ "ALL" }` where the property fills the list it holds (a get-only list, Pulumi's
    // lazily created InputList), else `new List<string> { "ALL" }` or `new[] { "ALL" }`, whichever the property takes.
    private static (System.Func<ExpressionSyntax, ExpressionSyntax> Build, ITypeSymbol? Type)? NewList(SemanticModel semanticModel, int position, ITypeSymbol destination, bool fillInPlace)
    {
        if (fillInPlace)
        {
            System.Func<ExpressionSyntax, ExpressionSyntax> fill = value => SyntaxFactory.InitializerExpression(
                SyntaxKind.CollectionInitializerExpression,
                NewSyntax.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList(value),
                NewSyntax.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            return (fill, null);
        }

        var compilation = semanticModel.Compilation;
        var text = compilation.GetSpecialType(SpecialType.System_String);
        if (compilation.GetTypeByMetadataName("System.Collections.Generic.List`1") is { } generic
            && generic.Construct(text) is var list
            && Accepts(semanticModel, list, destination))
        {
            var typeName = SyntaxFactory.ParseTypeName(list.ToMinimalDisplayString(semanticModel, position));
            System.Func<ExpressionSyntax, ExpressionSyntax> create = value => SyntaxFactory.ObjectCreationExpression(
                NewSyntax.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                typeName.WithTrailingTrivia(SyntaxFactory.Space),
                argumentList: null,
                SyntaxFactory.InitializerExpression(
                    SyntaxKind.CollectionInitializerExpression,
                    NewSyntax.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SingletonSeparatedList(value),
                    NewSyntax.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)));
            return (create, list);
        }

        var array = compilation.CreateArrayTypeSymbol(text);
        if (Accepts(semanticModel, array, destination))
        {
            System.Func<ExpressionSyntax, ExpressionSyntax> createArray = value => SyntaxFactory.ImplicitArrayCreationExpression(
                NewSyntax.Token(SyntaxKind.NewKeyword),
                NewSyntax.Token(SyntaxKind.OpenBracketToken),
                default,
                NewSyntax.Token(SyntaxKind.CloseBracketToken),
                SyntaxFactory.InitializerExpression(
                    SyntaxKind.ArrayInitializerExpression,
                    NewSyntax.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SingletonSeparatedList(value),
                    NewSyntax.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)));
            return (createArray, array);
        }

        return null;
    }

    private static bool IsPulumiInputList(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "InputList", Arity: 1, ContainingNamespace: { Name: "Pulumi", ContainingNamespace.IsGlobalNamespace: true } };

    // The syntax a list value's elements are written in, when one more can be added there: a collection or array
    // initializer (`new List<string> { … }`, `new[] { … }`, `Drop = { … }`) or a collection expression.
    private static SyntaxNode? ExtensibleList(IOperation value)
    {
        var syntax = value.WalkDownConversions().Syntax;
        return syntax switch
        {
            InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.ArrayInitializerExpression } initializer => initializer,
            BaseObjectCreationExpressionSyntax { Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } initializer } => initializer,
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
            ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
            CollectionExpressionSyntax collection => collection,
            _ => null,
        };
    }

    private static IPropertySymbol? SettableProperty(SemanticModel semanticModel, int position, ITypeSymbol type, string name)
        => semanticModel.LookupSymbols(position, type, name).FirstOrDefault() is IPropertySymbol { IsStatic: false, SetMethod: not null } property
           && semanticModel.IsAccessible(position, property.SetMethod)
            ? property
            : null;

    private static bool Accepts(SemanticModel semanticModel, ITypeSymbol source, ITypeSymbol? destination)
        => destination is not null && semanticModel.Compilation.ClassifyCommonConversion(source, destination).IsImplicit;

    // Pulumi's `Input<T>` (and its subclasses) take a T: the object to create is the T.
    private static ITypeSymbol Unwrap(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Input", Arity: 1, ContainingNamespace: { Name: "Pulumi", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return current.TypeArguments[0];
            }
        }

        return type;
    }

    // `v` → `new V1SecurityContext { AllowPrivilegeEscalation = v }` (or `new V1SecurityContext(allowPrivilegeEscalation: v)`
    // for a class-era object whose parent is built with constructor arguments), nested for every missing object.
    private static System.Func<ExpressionSyntax, ExpressionSyntax> Intermediates(
        List<(string Member, INamedTypeSymbol Type)> missing, string leaf, SemanticModel semanticModel, int position, bool constructorStyle)
        => value =>
        {
            for (var i = missing.Count - 1; i >= 0; i--)
            {
                var type = missing[i].Type;
                var inner = i + 1 < missing.Count ? missing[i + 1].Member : leaf;
                var typeName = SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(semanticModel, position));
                var parameter = CamelCase(inner);
                var byConstructor = constructorStyle && type.InstanceConstructors.Any(c => c.Parameters.Any(p => p.Name == parameter)
                    && c.Parameters.All(p => p.Name == parameter || p.IsOptional));
                value = byConstructor
                    ? SyntaxFactory.ObjectCreationExpression(
                        NewSyntax.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                        typeName,
                        SyntaxFactory.ArgumentList(
                            NewSyntax.Token(SyntaxKind.OpenParenToken),
                            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                                SyntaxFactory.NameColon(NewSyntax.Name(parameter), NewSyntax.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
                                refKindKeyword: default,
                                value)),
                            NewSyntax.Token(SyntaxKind.CloseParenToken)),
                        initializer: null)
                    : SyntaxFactory.ObjectCreationExpression(
                        NewSyntax.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                        typeName.WithTrailingTrivia(SyntaxFactory.Space),
                        argumentList: null,
                        SyntaxFactory.InitializerExpression(
                            SyntaxKind.ObjectInitializerExpression,
                            NewSyntax.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                            SyntaxFactory.SingletonSeparatedList(NewSyntax.Assignment(inner, value)),
                            NewSyntax.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)));
            }

            return value;
        };

    private static string CamelCase(string property) => MemberNames.CamelCase(property);

    public Document Set(FixValue value)
    {
        var edit = Plan(value);
        return _document.WithSyntaxRoot(_root.ReplaceNode(edit.Old, edit.New));
    }

    /// <summary>The node <see cref="Set"/> replaces, and its replacement.</summary>
    public NodeEdit Plan(FixValue value)
    {
        var literal = value.Literal();
        if (_listToExtend is not null)
        {
            return new NodeEdit(_listToExtend, ExtendList(_listToExtend, literal, _text));
        }

        if (_wrap is not null)
        {
            literal = _wrap(literal);
        }

        if (_valueToReplace is not null)
        {
            return new NodeEdit(_valueToReplace, literal.WithTriviaFrom(_valueToReplace));
        }

        var edited = _constructorParameter is not null
            ? AddNamedArgument(_creation, _constructorParameter.Name, literal, _text)
            : AddInitializerMember(_creation, _property, literal, _text);
        return new NodeEdit(_creation, edited);
    }

    private static SyntaxNode ExtendList(SyntaxNode list, ExpressionSyntax element, SourceText text)
    {
        if (list is InitializerExpressionSyntax initializer)
        {
            if (initializer.Expressions.Count == 0 && !SeparatedListAppender.SpansLines(initializer.OpenBraceToken, initializer.CloseBraceToken, text))
            {
                return initializer
                    .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithExpressions(SyntaxFactory.SingletonSeparatedList(element))
                    .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space));
            }

            var expressions = SeparatedListAppender.InsertOutsideConditionalRegions(initializer.Expressions, element, initializer.OpenBraceToken, initializer.CloseBraceToken, text, out var closeBrace);
            return initializer.WithExpressions(expressions).WithCloseBraceToken(closeBrace);
        }

        var collection = (CollectionExpressionSyntax)list;
        CollectionElementSyntax item = SyntaxFactory.ExpressionElement(element);
        if (collection.Elements.Count == 0)
        {
            return collection.WithElements(SyntaxFactory.SingletonSeparatedList(item));
        }

        var elements = SeparatedListAppender.InsertOutsideConditionalRegions(collection.Elements, item, collection.OpenBracketToken, collection.CloseBracketToken, text, out var closeBracket);
        return collection.WithElements(elements).WithCloseBracketToken(closeBracket);
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
