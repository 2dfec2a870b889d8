using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// The type declarations of one syntax tree by the names of the members they declare (methods, properties, fields, events,
/// nested types, enum members, a record's positional parameters), read from syntax once per tree and kept with it: every
/// compilation that shares the tree (each keystroke in another document) reuses it. It tells which types to ask for a
/// member of some name without creating a symbol for every type of the project.
/// </summary>
internal sealed class TreeMemberIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeMemberIndex> ByTree = new();

    private static readonly PerProject<ProjectMembers> ByProject = new();

    private readonly Dictionary<string, List<BaseTypeDeclarationSyntax>> _typesByMemberName;

    private TreeMemberIndex(Dictionary<string, List<BaseTypeDeclarationSyntax>> typesByMemberName) => _typesByMemberName = typesByMemberName;

    public static TreeMemberIndex Get(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var index))
        {
            return index;
        }

        var types = new Dictionary<string, List<BaseTypeDeclarationSyntax>>(System.StringComparer.Ordinal);
        AddMembersOf(tree.GetRoot(cancellationToken), types);
        index = new TreeMemberIndex(types);
        lock (ByTree)
        {
            // Two threads may read the same tree; the first one kept is everybody's.
            if (ByTree.TryGetValue(tree, out var kept))
            {
                return kept;
            }

            ByTree.Add(tree, index);
        }

        return index;
    }

    /// <summary>
    /// The project's type declarations by member name, kept for every compilation of the same trees, references and options
    /// (<see cref="ProjectKey"/>): the IDE makes a new compilation for every document request, and each would otherwise
    /// probe every tree again for each name.
    /// </summary>
    public static ProjectMembers ForProject(Compilation compilation) => ByProject.Get(compilation, static c => new ProjectMembers(c));

    /// <summary>The type declarations of the tree that declare a member named <paramref name="name"/>.</summary>
    public IReadOnlyList<BaseTypeDeclarationSyntax> TypesDeclaring(string name)
        => _typesByMemberName.TryGetValue(name, out var types) ? types : System.Array.Empty<BaseTypeDeclarationSyntax>();

    // Namespaces and types hold declarations; a type's own members name it (a member of an extension block names the block).
    private static void AddMembersOf(SyntaxNode container, Dictionary<string, List<BaseTypeDeclarationSyntax>> types)
    {
        var members = container switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            TypeDeclarationSyntax type => type.Members,
            _ => default,
        };

        // A member of a type names that type; a nested type also holds its own members.
        var owner = container as BaseTypeDeclarationSyntax;
        foreach (var member in members)
        {
            if (owner is not null && DeclaredName(member) is { } name)
            {
                Add(name, owner, types);
            }
            else if (owner is not null && member is BaseFieldDeclarationSyntax field)
            {
                foreach (var variable in field.Declaration.Variables)
                {
                    Add(variable.Identifier.ValueText, owner, types);
                }
            }

            switch (member)
            {
                case BaseNamespaceDeclarationSyntax:
                    AddMembersOf(member, types);
                    break;
                case RecordDeclarationSyntax { ParameterList: { } positional } record:
                    // A positional record's parameters are its properties.
                    foreach (var parameter in positional.Parameters)
                    {
                        Add(parameter.Identifier.ValueText, record, types);
                    }

                    AddMembersOf(record, types);
                    break;
                case TypeDeclarationSyntax type:
                    AddMembersOf(type, types);
                    break;
                case EnumDeclarationSyntax enumeration:
                    foreach (var value in enumeration.Members)
                    {
                        Add(value.Identifier.ValueText, enumeration, types);
                    }

                    break;
            }
        }
    }

    private static string? DeclaredName(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        _ => null,
    };

    private static void Add(string name, BaseTypeDeclarationSyntax type, Dictionary<string, List<BaseTypeDeclarationSyntax>> types)
    {
        if (!types.TryGetValue(name, out var list))
        {
            types.Add(name, list = new List<BaseTypeDeclarationSyntax>(1));
        }

        if (list.Count == 0 || list[list.Count - 1] != type)
        {
            list.Add(type);
        }
    }

    /// <summary>The type declarations of one project (syntax only, so that they hold for every compilation of its trees) by member name.</summary>
    internal sealed class ProjectMembers
    {
        private readonly SyntaxTree[] _trees;
        private readonly Dictionary<string, List<BaseTypeDeclarationSyntax>> _byName = new(System.StringComparer.Ordinal);

        public ProjectMembers(Compilation compilation) => _trees = System.Linq.Enumerable.ToArray(compilation.SyntaxTrees);

        /// <summary>Every type declaration of the project that declares a member named <paramref name="name"/>.</summary>
        public List<BaseTypeDeclarationSyntax> TypesDeclaring(string name, System.Threading.CancellationToken cancellationToken)
        {
            lock (_byName)
            {
                if (_byName.TryGetValue(name, out var known))
                {
                    return known;
                }
            }

            var found = new List<BaseTypeDeclarationSyntax>();
            foreach (var tree in _trees)
            {
                found.AddRange(Get(tree, cancellationToken).TypesDeclaring(name));
            }

            lock (_byName)
            {
                _byName[name] = found;
            }

            return found;
        }
    }
}
