using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.Analyzers.Analysis;

internal enum SyntaxUseKind
{
    /// <summary><c>root.a.b.P = value</c> (or <c>??=</c>): <see cref="SyntaxUse.Path"/> <c>a.b</c>, property <c>P</c>.</summary>
    Write,

    /// <summary><c>root = …</c>: the holder takes another object; what it held before is no longer reached through it.</summary>
    Store,

    /// <summary><c>M(root.a)</c>: passed to a method as an argument.</summary>
    Passed,

    /// <summary><c>root.a.M()</c>: the receiver of a call (an extension method's first argument).</summary>
    Receiver,

    /// <summary><c>return root.a;</c> from the function being read.</summary>
    Returned,

    /// <summary>
    /// <c>var s = root.a;</c>: another local now reaches the same object; <c>foreach (var c in root.a)</c>: the loop
    /// variable reaches each element (<see cref="SyntaxUse.Path"/> ends with the element segment).
    /// </summary>
    Alias,
}

/// <summary>One thing a body does to the object a name holds, read from syntax (other documents cannot be bound).</summary>
internal readonly struct SyntaxUse
{
    public SyntaxUse(SyntaxUseKind kind, string path, SyntaxNode node, string? property = null, ExpressionSyntax? value = null, bool definite = false)
    {
        Kind = kind;
        Path = path;
        Node = node;
        Property = property;
        Value = value;
        Definite = definite;
    }

    public SyntaxUseKind Kind { get; }

    /// <summary>Property names below the root, joined by '.' (<see cref="RootedPath.Element"/> for an element); "" for the root.</summary>
    public string Path { get; }

    /// <summary>The assignment, the argument, the invocation, the return or the variable declarator.</summary>
    public SyntaxNode Node { get; }

    public string? Property { get; }

    public ExpressionSyntax? Value { get; }

    /// <summary>A write that runs whenever the body runs: a plain assignment statement directly in the body's block.</summary>
    public bool Definite { get; }

    /// <summary>For an alias: the local or loop variable that now reaches the object, and where its uses start.</summary>
    public (string Name, int From) AliasVariable => Node switch
    {
        VariableDeclaratorSyntax declarator => (declarator.Identifier.ValueText, declarator.Span.End),
        ForEachStatementSyntax loop => (loop.Identifier.ValueText, loop.Expression.Span.End),
        _ => (string.Empty, 0),
    };

    /// <summary>The path of a write down to and including its property.</summary>
    public string WrittenPath => Path.Length == 0 ? Property! : Path + "." + Property;
}

/// <summary>
/// Reads, from syntax, what a body does through one name after a position: the name's uses come from the tree's
/// <see cref="SyntaxNameIndex"/> (no walk of the body), and a use counts only where the name means the holder being read
/// (a parameter, a local, or a member of the type), not a same-named local or parameter of a nested function.
/// </summary>
internal static class SyntaxUses
{
    /// <summary>
    /// The uses of the local or parameter <paramref name="name"/> in <paramref name="body"/> after <paramref name="from"/>,
    /// up to and including the first that gives the variable another object (what follows is about that object: reading
    /// no further keeps a variable reused for many objects linear); writes made by statements directly in
    /// <paramref name="definiteBlock"/> are <see cref="SyntaxUse.Definite"/>.
    /// </summary>
    public static List<SyntaxUse> OfVariable(SyntaxNameIndex index, SyntaxNode body, string name, int from, SyntaxNode? definiteBlock)
    {
        var uses = new List<SyntaxUse>();
        foreach (var use in index.Uses(name, TextSpan.FromBounds(from, body.Span.End)))
        {
            // `other.spec` names a member of something else; `spec.X` starts with the variable.
            if (use is IdentifierNameSyntax identifier
                && !IsMemberName(identifier)
                && !SyntaxNames.IsShadowedByNestedFunction(identifier, name, body))
            {
                Read(identifier, body, definiteBlock, uses);
                if (uses.Count > 0 && uses[uses.Count - 1].Kind == SyntaxUseKind.Store)
                {
                    break;
                }
            }
        }

        return uses;
    }

    /// <summary>The uses of the field or property <paramref name="name"/> (<c>name</c> or <c>this.name</c>) in <paramref name="declaration"/>.</summary>
    public static List<SyntaxUse> OfMember(SyntaxNameIndex index, SyntaxNode declaration, string name)
    {
        var uses = new List<SyntaxUse>();
        Dictionary<SyntaxNode, bool>? hiddenIn = null;
        foreach (var use in index.Uses(name, declaration.Span))
        {
            if (use is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            if (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
            {
                if (access.Expression is ThisExpressionSyntax)
                {
                    Read(access, declaration, definiteBlock: null, uses);
                }

                continue;
            }

            // A member's own parameter or local of that name hides the field (asked once per member).
            var member = SyntaxNames.EnclosingMember(identifier);
            if (member is not null && !(hiddenIn ??= new Dictionary<SyntaxNode, bool>()).TryGetValue(member, out var hidden))
            {
                hiddenIn.Add(member, hidden = member is not FieldDeclarationSyntax && SyntaxNames.Declares(member, name));
            }

            if (!IsMemberName(identifier) && !(member is not null && hiddenIn![member]))
            {
                Read(identifier, declaration, definiteBlock: null, uses);
            }
        }

        return uses;
    }

    // `x.name`, `x?.name`, `name:` and the names inside a qualified type name are not the holder.
    private static bool IsMemberName(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name == identifier,
        MemberBindingExpressionSyntax => true,
        QualifiedNameSyntax qualified => qualified.Right == identifier,
        NameColonSyntax or NameEqualsSyntax => true,
        _ => false,
    };

    private static void Read(ExpressionSyntax root, SyntaxNode body, SyntaxNode? definiteBlock, List<SyntaxUse> uses)
    {
        List<string>? segments = null;
        var current = root;
        while (true)
        {
            switch (current.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == current:
                    if (access.Parent is InvocationExpressionSyntax call && call.Expression == access)
                    {
                        uses.Add(new SyntaxUse(SyntaxUseKind.Receiver, Join(segments), call));
                        return;
                    }

                    (segments ??= new List<string>()).Add(access.Name.Identifier.ValueText);
                    current = access;
                    continue;
                case ElementAccessExpressionSyntax element when element.Expression == current:
                    (segments ??= new List<string>()).Add(RootedPath.Element);
                    current = element;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    continue;
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    current = suppressed;
                    continue;
                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == current:
                    // `spec?.X = v` (C# 14) and `pod?.Spec.X = v`: the write is the conditional access's `WhenNotNull`.
                    ReadConditionalWrite(conditional.WhenNotNull, segments, uses);
                    return;
            }

            break;
        }

        switch (current.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == current
                && (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)):
                if (segments is null)
                {
                    uses.Add(new SyntaxUse(SyntaxUseKind.Store, string.Empty, assignment));
                    return;
                }

                var property = segments[segments.Count - 1];
                segments.RemoveAt(segments.Count - 1);
                var definite = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && definiteBlock is not null
                    && (assignment.Parent is ExpressionStatementSyntax { Parent: var statementParent }
                            && (statementParent == definiteBlock || statementParent is GlobalStatementSyntax { Parent: var file } && file == definiteBlock)
                        || assignment.Parent is ArrowExpressionClauseSyntax arrow && arrow == definiteBlock);
                uses.Add(new SyntaxUse(SyntaxUseKind.Write, Join(segments), assignment, property, assignment.Right, definite));
                return;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } } argument:
                uses.Add(new SyntaxUse(SyntaxUseKind.Passed, Join(segments), argument));
                return;
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax when !SyntaxNames.IsInNestedFunction(current, body):
                uses.Add(new SyntaxUse(SyntaxUseKind.Returned, Join(segments), current.Parent));
                return;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                uses.Add(new SyntaxUse(SyntaxUseKind.Alias, Join(segments), declarator));
                return;
            case ForEachStatementSyntax loop when loop.Expression == current:
                uses.Add(new SyntaxUse(SyntaxUseKind.Alias, Paths.Concat(Join(segments), RootedPath.Element), loop));
                return;
        }
    }

    // `?.X = v`, `?.Spec.X = v`: a member binding chain ending in an assignment; never definite (it runs when not null).
    private static void ReadConditionalWrite(ExpressionSyntax whenNotNull, List<string>? segments, List<SyntaxUse> uses)
    {
        if (whenNotNull is not AssignmentExpressionSyntax assignment
            || !(assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)))
        {
            return;
        }

        var names = new List<string>();
        var target = assignment.Left;
        while (target is MemberAccessExpressionSyntax access)
        {
            names.Insert(0, access.Name.Identifier.ValueText);
            target = access.Expression;
        }

        if (target is not MemberBindingExpressionSyntax binding)
        {
            return;
        }

        names.Insert(0, binding.Name.Identifier.ValueText);
        var all = new List<string>(segments ?? new List<string>());
        all.AddRange(names);
        var property = all[all.Count - 1];
        all.RemoveAt(all.Count - 1);
        uses.Add(new SyntaxUse(SyntaxUseKind.Write, Join(all), assignment, property, assignment.Right));
    }

    private static string Join(List<string>? segments)
        => segments is null || segments.Count == 0 ? string.Empty : segments.Count == 1 ? segments[0] : string.Join(".", segments);
}
