using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What other members of the project write to an object, read from syntax (an analyzer must not bind other documents):
/// a hardening helper through its parameter (<c>spec.AutomountServiceAccountToken = false</c>,
/// <c>pod.Spec.AutomountServiceAccountToken = false</c>, through a local alias <c>var s = pod.Spec;</c>), the helpers it hands
/// the object on to, to any depth; and the members of a builder type through its field or property. A name counts only
/// where it means that parameter or member (<see cref="SyntaxNames"/>), and a call only where the project's declarations
/// leave one method it can be (<see cref="ProjectMethods"/>). Each body's uses of a name are read once per compilation.
/// </summary>
internal sealed class ProjectAssignments
{
    /// <summary>How many helpers deep a chain of helpers is followed.</summary>
    public const int MaxDepth = 8;

    // A plain dictionary under a lock: entries are added about as often as they are read (most helpers and builders
    // serve one pod spec), and a ConcurrentDictionary's growth cost more.
    private readonly Dictionary<(SyntaxNode Declaration, string Name), List<SyntaxUse>> _uses = new();
    private readonly Kubernetes.SyntaxConstants _constants;

    public ProjectAssignments(Compilation compilation, ProjectMethods methods)
    {
        _constants = new Kubernetes.SyntaxConstants(compilation);
        Methods = methods;
    }

    public ProjectMethods Methods { get; }

    /// <summary>
    /// Values a source method (and the helpers it calls) assigns to <paramref name="relativePath"/> of its parameter
    /// <paramref name="parameter"/> + <paramref name="path"/>; for a primary constructor, what its type's members assign.
    /// </summary>
    public void CollectFromMethod(IMethodSymbol method, string parameter, string path, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken)
    {
        if (ProjectMethods.IsPrimaryConstructor(method))
        {
            CollectFromType(method.ContainingType, parameter, path, relativePath, values, cancellationToken);
            return;
        }

        CollectFromParameter(method.OriginalDefinition, parameter, Paths.Concat(path, relativePath), values, new Query(cancellationToken), depth: 0);
    }

    /// <summary>
    /// Values any member of <paramref name="type"/> assigns to <paramref name="relativePath"/> of what its field, property
    /// or primary constructor parameter <paramref name="member"/> holds + <paramref name="path"/>.
    /// </summary>
    public void CollectFromType(INamedTypeSymbol type, string member, string path, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken)
    {
        var query = new Query(cancellationToken);
        var full = Paths.Concat(path, relativePath);
        foreach (var reference in type.OriginalDefinition.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            Apply(UsesOf(declaration, member, isMember: true, cancellationToken), declaration, full, values, query, depth: 0, inOrder: false);
        }
    }

    /// <summary>
    /// Applies what a body does through one holder to the object at <paramref name="full"/> (path and property) below it:
    /// writes of that field, replacements of an object above it (a value not known), and the helpers and aliases that take
    /// the object on. In a body read in order (<paramref name="inOrder"/>: a method, a caller's block), uses after the holder
    /// is given another object no longer reach it; a builder type's members run in any order.
    /// </summary>
    public void Apply(List<SyntaxUse> uses, SyntaxNode body, string full, List<PropertyValue> values, Query query, int depth, bool definiteValues = false, bool inOrder = true)
    {
        foreach (var use in uses)
        {
            query.CancellationToken.ThrowIfCancellationRequested();
            switch (use.Kind)
            {
                case SyntaxUseKind.Store when inOrder:
                    return;
                case SyntaxUseKind.Write:
                    var written = use.WrittenPath;
                    if (written == full)
                    {
                        values.Add(Classify(use.Value!).AsDefinite(definiteValues && use.Definite));
                    }
                    else if (Paths.IsPrefix(written, full))
                    {
                        values.Add(new PropertyValue(PropertyValueKind.NonConstant, null, null, definiteValues && use.Definite));
                    }

                    break;
                case SyntaxUseKind.Passed or SyntaxUseKind.Receiver when Paths.IsPrefix(use.Path, full) && use.Path.Length < full.Length:
                    if (CalleeParameter(use) is var (callee, parameter))
                    {
                        CollectFromParameter(callee, parameter, Paths.Rest(use.Path, full), values, query, depth + 1);
                    }

                    break;
                case SyntaxUseKind.Alias when Paths.IsPrefix(use.Path, full) && use.Path.Length < full.Length:
                    var (alias, from) = use.AliasVariable;
                    var aliasUses = SyntaxUses.OfVariable(SyntaxNameIndex.Get(use.Node.SyntaxTree, query.CancellationToken), body, alias, from, definiteBlock: null);
                    Apply(aliasUses, body, Paths.Rest(use.Path, full), values, query, depth);
                    break;
            }
        }
    }

    /// <summary>The method and parameter that receive the object of a <see cref="SyntaxUseKind.Passed"/> or <see cref="SyntaxUseKind.Receiver"/> use, when the project declares one.</summary>
    public (IMethodSymbol Method, string Parameter)? CalleeParameter(SyntaxUse use)
    {
        var call = use.Kind == SyntaxUseKind.Receiver ? (InvocationExpressionSyntax)use.Node : (InvocationExpressionSyntax)use.Node.Parent!.Parent!;
        if (Methods.Resolve(call) is not { } callee)
        {
            return null;
        }

        var parameter = use.Kind == SyntaxUseKind.Receiver ? ProjectMethods.ReceiverParameter(callee) : ProjectMethods.ParameterFor(callee, call, (ArgumentSyntax)use.Node)?.Name;
        return parameter is null ? null : (callee, parameter);
    }

    private void CollectFromParameter(IMethodSymbol method, string parameter, string full, List<PropertyValue> values, Query query, int depth)
    {
        // Bounded and cycle-safe: a helper that calls itself (on the chain being followed), or a chain deeper than
        // MaxDepth, adds nothing more.
        if (depth > MaxDepth || !query.Enter(method, parameter, full))
        {
            return;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(query.CancellationToken);
            Apply(UsesOf(declaration, parameter, isMember: false, query.CancellationToken), declaration, full, values, query, depth);
        }

        query.Leave(method, parameter, full);
    }

    /// <summary>The uses of <paramref name="name"/> in one declaration (of a method, or of a builder type when <paramref name="isMember"/>), read once per compilation.</summary>
    private List<SyntaxUse> UsesOf(SyntaxNode declaration, string name, bool isMember, CancellationToken cancellationToken)
    {
        var key = (declaration, name);
        lock (_uses)
        {
            if (_uses.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var index = SyntaxNameIndex.Get(declaration.SyntaxTree, cancellationToken);
        var uses = isMember
            ? SyntaxUses.OfMember(index, declaration, name)
            : SyntaxUses.OfVariable(index, declaration, name, declaration.SpanStart, definiteBlock: null);
        lock (_uses)
        {
            _uses[key] = uses;
        }

        return uses;
    }

    private PropertyValue Classify(ExpressionSyntax value)
        => !_constants.TryEvaluate(value, out var constant) ? new PropertyValue(PropertyValueKind.NonConstant, null, null)
            : constant is null ? new PropertyValue(PropertyValueKind.Null, null, null)
            : new PropertyValue(PropertyValueKind.Constant, null, constant);

    /// <summary>One question's state: the methods on the chain being followed (a cycle ends there) and its cancellation.</summary>
    internal sealed class Query
    {
        private readonly HashSet<(ISymbol, string, string)> _onChain = new();

        public Query(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

        public CancellationToken CancellationToken { get; }

        public bool Enter(ISymbol method, string parameter, string full) => _onChain.Add((method, parameter, full));

        public void Leave(ISymbol method, string parameter, string full) => _onChain.Remove((method, parameter, full));
    }
}
