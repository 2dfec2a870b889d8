using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The project's own methods as its declarations show them, for code read from syntax in other documents (which an
/// analyzer must not bind): the method a call names, the method a declaration declares, and whether code outside the
/// compilation can call a method. A call is resolved only when its name, receiver and number of arguments leave one
/// candidate; otherwise it is unknown.
/// </summary>
internal sealed class ProjectMethods
{
    private readonly Compilation _compilation;
    private readonly Dictionary<string, (ImmutableArray<IMethodSymbol> Methods, bool OtherMembers)> _byName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<SyntaxTree, List<IMethodSymbol>>> _byNameAndTree = new(System.StringComparer.Ordinal);
    private TreeMemberIndex.ProjectMembers? _projectMembers;

    public ProjectMethods(Compilation compilation) => _compilation = compilation;

    /// <summary>Ordinary methods (extension methods included) the project declares with that name.</summary>
    public ImmutableArray<IMethodSymbol> Named(string name) => Lookup(name).Methods;

    /// <summary>True when a field, property or event of the project has that name too (a use of the name may be one of them).</summary>
    public bool NamesOtherMembers(string name) => Lookup(name).OtherMembers;

    private (ImmutableArray<IMethodSymbol> Methods, bool OtherMembers) Lookup(string name)
    {
        lock (_byName)
        {
            if (_byName.TryGetValue(name, out var known))
            {
                return known;
            }
        }

        // Only the types that declare a member of that name are asked for it (GetSymbolsWithName reads every member of
        // each such type, which costs a type with thousands of factories thousands of times over); which types those are
        // is read from each tree's declarations (kept per tree, and per project for every name asked), so no other type of
        // the project gets a symbol.
        var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
        var otherMembers = false;
        var asked = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        // Two threads may both look the project up: they get the same kept object, or equal ones.
        var project = _projectMembers ??= TreeMemberIndex.ForProject(_compilation);
        foreach (var declaration in project.TypesDeclaring(name, System.Threading.CancellationToken.None))
        {
            if (TypeDeclaredBy(declaration) is not { } type || !asked.Add(type))
            {
                continue;
            }

            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaringSyntaxReferences.IsEmpty: false } method)
                {
                    found.Add(method);
                }
                else if (member is not IMethodSymbol)
                {
                    otherMembers = true;
                }
            }
        }

        var result = (found.ToImmutable(), otherMembers);
        lock (_byName)
        {
            _byName[name] = result;
        }

        return result;
    }

    // The type a declaration declares, found by name from the global namespace down (no semantic model for other trees):
    // its namespaces, then each type around it by name and arity; an extension block (no name) by its declaration.
    private INamedTypeSymbol? TypeDeclaredBy(BaseTypeDeclarationSyntax declaration)
    {
        var containers = new List<SyntaxNode>();
        for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax)
            {
                containers.Add(node);
            }
        }

        INamespaceOrTypeSymbol? current = _compilation.Assembly.GlobalNamespace;
        for (var i = containers.Count - 1; i >= 0 && current is not null; i--)
        {
            current = containers[i] switch
            {
                BaseNamespaceDeclarationSyntax ns => NamespaceNamed(current, ns.Name),
                BaseTypeDeclarationSyntax type => TypeNamed(current, type),
                _ => null,
            };
        }

        return current as INamedTypeSymbol;
    }

    private static INamespaceOrTypeSymbol? NamespaceNamed(INamespaceOrTypeSymbol container, NameSyntax name)
    {
        switch (name)
        {
            case QualifiedNameSyntax qualified:
                return NamespaceNamed(container, qualified.Left) is { } left ? NamespaceNamed(left, qualified.Right) : null;
            case SimpleNameSyntax simple when container is INamespaceSymbol ns:
                // By name (a lookup), not by walking the namespace's members: a project may have a thousand namespaces side by side.
                foreach (var member in ns.GetMembers(simple.Identifier.ValueText))
                {
                    if (member is INamespaceSymbol found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static INamedTypeSymbol? TypeNamed(INamespaceOrTypeSymbol container, BaseTypeDeclarationSyntax declaration)
    {
        var unnamed = declaration.Identifier.ValueText.Length == 0;
        var candidates = unnamed
            ? container.GetTypeMembers()
            : container.GetTypeMembers(declaration.Identifier.ValueText, (declaration as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0);
        if (candidates.Length == 1 && !unnamed)
        {
            return candidates[0];
        }

        // Several of that name (file-local types, declaration errors) or an extension block: the one this declaration declares.
        foreach (var candidate in candidates)
        {
            foreach (var reference in candidate.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The method <paramref name="declaration"/> (a method declaration) declares; null for anything else.</summary>
    public IMethodSymbol? Declared(SyntaxNode declaration)
    {
        if (declaration is not MethodDeclarationSyntax method)
        {
            return null;
        }

        foreach (var candidate in Named(method.Identifier.ValueText))
        {
            foreach (var reference in candidate.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == method.SyntaxTree && reference.Span == method.Span)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The project method <paramref name="call"/> calls when its declarations leave one: by name; by receiver (none,
    /// <c>this</c> or <c>base</c>: a method of a type around the call; a type name: a static method of that type; anything
    /// else: an instance or extension method); by number of arguments. Null when none or several remain.
    /// </summary>
    public IMethodSymbol? Resolve(InvocationExpressionSyntax call)
    {
        var (name, receiver) = call.Expression switch
        {
            SimpleNameSyntax simple => (simple.Identifier.ValueText, null),
            MemberAccessExpressionSyntax access => (access.Name.Identifier.ValueText, access.Expression),
            MemberBindingExpressionSyntax binding => (binding.Name.Identifier.ValueText, (ExpressionSyntax?)binding),
            _ => (string.Empty, null),
        };

        if (name.Length == 0)
        {
            return null;
        }

        IMethodSymbol? resolved = null;
        foreach (var candidate in Candidates(name, call, receiver))
        {
            if (!Accepts(candidate, call, receiver) || !CanTake(candidate, call.ArgumentList.Arguments, IsReducedExtensionCall(candidate, receiver)))
            {
                continue;
            }

            if (resolved is not null)
            {
                return null;
            }

            resolved = candidate;
        }

        return resolved;
    }

    // An unqualified call (or one on `this`/`base`) can only call a method of a type declared around it: only the methods of
    // that name declared in the call's tree are candidates (a thousand files, each with its own `Container` helper, would
    // otherwise make every call weigh all thousand).
    private IEnumerable<IMethodSymbol> Candidates(string name, InvocationExpressionSyntax call, ExpressionSyntax? receiver)
    {
        if (receiver is not (null or ThisExpressionSyntax or BaseExpressionSyntax))
        {
            return Named(name);
        }

        Dictionary<SyntaxTree, List<IMethodSymbol>>? byTree;
        lock (_byNameAndTree)
        {
            _byNameAndTree.TryGetValue(name, out byTree);
        }

        if (byTree is null)
        {
            byTree = new Dictionary<SyntaxTree, List<IMethodSymbol>>();
            foreach (var method in Named(name))
            {
                foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
                {
                    if (!byTree.TryGetValue(reference.SyntaxTree, out var inTree))
                    {
                        byTree[reference.SyntaxTree] = inTree = new List<IMethodSymbol>();
                    }

                    if (!inTree.Contains(method))
                    {
                        inTree.Add(method);
                    }
                }
            }

            lock (_byNameAndTree)
            {
                _byNameAndTree[name] = byTree;
            }
        }

        return byTree.TryGetValue(call.SyntaxTree, out var candidates) ? candidates : (IEnumerable<IMethodSymbol>)System.Array.Empty<IMethodSymbol>();
    }

    /// <summary>True when <paramref name="call"/> may call <paramref name="method"/> as far as its name, receiver and arguments tell.</summary>
    public static bool CouldCall(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        var receiver = ReceiverOf(call);
        return Accepts(method, call, receiver) && CanTake(method, call.ArgumentList.Arguments, IsReducedExtensionCall(method, receiver));
    }

    /// <summary>The parameter of <paramref name="method"/> that <paramref name="argument"/> of <paramref name="call"/> binds to.</summary>
    public static IParameterSymbol? ParameterFor(IMethodSymbol method, InvocationExpressionSyntax call, ArgumentSyntax argument)
    {
        if (argument.NameColon is { } named)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == named.Name.Identifier.ValueText)
                {
                    return parameter;
                }
            }

            return null;
        }

        var position = call.ArgumentList.Arguments.IndexOf(argument) + (IsReducedExtensionCall(method, ReceiverOf(call)) ? 1 : 0);
        return position < method.Parameters.Length ? method.Parameters[position]
            : method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].IsParams ? method.Parameters[method.Parameters.Length - 1]
            : null;
    }

    /// <summary>The name of the parameter that receives a call's receiver: an extension method's first, an extension block's own.</summary>
    public static string? ReceiverParameter(IMethodSymbol method)
        => method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Name : ExtensionBlockParameter(method);

    /// <summary>
    /// For a member of a C# 14 extension block (<c>extension(V1PodSpec spec) { … }</c>), the block's parameter name, read
    /// from its declaration (Roslyn 4.8 has no API for it); null for anything else. Cheap for other methods: an extension
    /// block is a type that cannot be named, nested in a static class.
    /// </summary>
    public static string? ExtensionBlockParameter(IMethodSymbol method)
        => method is { IsStatic: false, ContainingType: { CanBeReferencedByName: false, ContainingType.IsStatic: true } block }
           && block.DeclaringSyntaxReferences.Length == 1
           && block.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax { Keyword.ValueText: "extension", ParameterList.Parameters: { Count: 1 } parameters }
            ? parameters[0].Identifier.ValueText
            : null;

    /// <summary>True for a primary constructor of a project type (<c>class Hardener(V1PodSpec spec)</c>): its parameters are in scope in every member.</summary>
    public static bool IsPrimaryConstructor(IMethodSymbol constructor)
        => constructor is { MethodKind: MethodKind.Constructor, DeclaringSyntaxReferences.Length: 1 } && constructor.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax;

    /// <summary>
    /// True when code this compilation does not hold can call <paramref name="method"/>, or a call cannot be attributed to
    /// it: a public or protected member of a library, a virtual, abstract, override or interface implementation.
    /// </summary>
    public bool IsCallableFromOutside(IMethodSymbol method)
    {
        if (method.IsVirtual || method.IsAbstract || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || ImplementsAnInterface(method))
        {
            return true;
        }

        if (_compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication)
        {
            return false;
        }

        for (ISymbol? symbol = method; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ImplementsAnInterface(IMethodSymbol method)
    {
        if (method.IsStatic || method.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        foreach (var contract in method.ContainingType.AllInterfaces)
        {
            foreach (var member in contract.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        MemberBindingExpressionSyntax binding => binding,
        _ => null,
    };

    // `x.M()` calling the extension method `M(this T x)`: the receiver is its first argument.
    private static bool IsReducedExtensionCall(IMethodSymbol method, ExpressionSyntax? receiver)
        => method.IsExtensionMethod && receiver is not null and not ThisExpressionSyntax and not BaseExpressionSyntax && !NamesType(receiver, method.ContainingType);

    private static bool Accepts(IMethodSymbol candidate, InvocationExpressionSyntax call, ExpressionSyntax? receiver)
    {
        switch (receiver)
        {
            case null or ThisExpressionSyntax or BaseExpressionSyntax:
                // A method of a type whose declaration holds the call (the call's own type or one around it).
                return !candidate.IsExtensionMethod && DeclarationHolds(candidate.ContainingType, call);
            case var expression when NamesType(expression, candidate.ContainingType):
                return candidate.IsStatic;
            default:
                // An instance method of some object, or an extension method on it.
                return candidate.IsExtensionMethod || !candidate.IsStatic;
        }
    }

    // `Hardening` or `Security.Hardening` naming the candidate's type (by its name: the receiver is not bound).
    private static bool NamesType(ExpressionSyntax receiver, INamedTypeSymbol type) => receiver switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == type.Name,
        GenericNameSyntax generic => generic.Identifier.ValueText == type.Name,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == type.Name,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == type.Name,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == type.Name,
        _ => false,
    };

    // A type's declaration (any partial one) around the node; an outer type's holds its nested types' code too.
    private static bool DeclarationHolds(INamedTypeSymbol type, SyntaxNode node)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == node.SyntaxTree && reference.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanTake(IMethodSymbol method, SeparatedSyntaxList<ArgumentSyntax> arguments, bool reduced)
    {
        var count = arguments.Count + (reduced ? 1 : 0);
        var parameters = method.Parameters;
        var hasParams = parameters.Length > 0 && parameters[parameters.Length - 1].IsParams;
        var required = 0;
        foreach (var parameter in parameters)
        {
            if (!parameter.IsOptional && !parameter.IsParams)
            {
                required++;
            }
        }

        foreach (var argument in arguments)
        {
            if (argument.NameColon is { } named && !HasParameter(method, named.Name.Identifier.ValueText))
            {
                return false;
            }
        }

        return count >= required && (hasParams || count <= parameters.Length);
    }

    private static bool HasParameter(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
