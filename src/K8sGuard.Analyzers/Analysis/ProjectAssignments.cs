using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Property assignments made by other members of the project, read from syntax (an analyzer must not bind other
/// documents): what a hardening helper assigns through its parameters (<c>spec.AutomountServiceAccountToken = false</c>,
/// <c>pod.Spec.AutomountServiceAccountToken = false</c>), and what the members of a builder type assign through its
/// fields and properties. Each method or type is read once per compilation and property.
/// </summary>
internal sealed class ProjectAssignments
{
    // A plain dictionary under a lock: entries are added about as often as they are read (most helpers and builders
    // serve one pod spec), and a ConcurrentDictionary's growth (new nodes for every entry, all locks) cost more.
    private readonly Dictionary<ScopedProperty, RootedAssignment[]> _byScope = new();
    private readonly Kubernetes.SyntaxConstants _constants;

    public ProjectAssignments(Compilation compilation) => _constants = new Kubernetes.SyntaxConstants(compilation);

    /// <summary>Values a source method assigns to <paramref name="relativePath"/> of <paramref name="parameter"/> + <paramref name="path"/>.</summary>
    public void CollectFromMethod(IMethodSymbol method, IParameterSymbol parameter, string path, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken)
        => Collect(method.OriginalDefinition, parameter.Name, path, relativePath, values, cancellationToken);

    /// <summary>Values any member of <paramref name="type"/> assigns to <paramref name="relativePath"/> of its member <paramref name="member"/> + <paramref name="path"/>.</summary>
    public void CollectFromType(INamedTypeSymbol type, ISymbol member, string path, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken)
        => Collect(type.OriginalDefinition, member.Name, path, relativePath, values, cancellationToken);

    private void Collect(ISymbol scope, string root, string path, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken)
    {
        // `SecurityContext.Privileged` of `c` is the property `Privileged` of `c.SecurityContext`.
        var lastDot = relativePath.LastIndexOf('.');
        var property = lastDot < 0 ? relativePath : relativePath.Substring(lastDot + 1);
        if (lastDot > 0)
        {
            path = path.Length == 0 ? relativePath.Substring(0, lastDot) : path + "." + relativePath.Substring(0, lastDot);
        }

        var key = new ScopedProperty(scope, property);
        RootedAssignment[]? assignments;
        lock (_byScope)
        {
            _byScope.TryGetValue(key, out assignments);
        }

        if (assignments is null)
        {
            // Read outside the lock; two threads may read the same scope, and both get the same answer.
            assignments = Read(scope, property, cancellationToken);
            lock (_byScope)
            {
                _byScope[key] = assignments;
            }
        }

        foreach (var assignment in assignments)
        {
            if (assignment.Root == root && assignment.Path == path)
            {
                values.Add(Classify(assignment.Value));
            }
        }
    }

    private PropertyValue Classify(ExpressionSyntax value)
        => !_constants.TryEvaluate(value, out var constant) ? new PropertyValue(PropertyValueKind.NonConstant, null, null)
            : constant is null ? new PropertyValue(PropertyValueKind.Null, null, null)
            : new PropertyValue(PropertyValueKind.Constant, null, constant);

    // Every `root.a.b.Property = value` (or `??=`) in the scope's declarations, `root` being a name or `this.name`.
    // The property's name is searched in the declaration's text and only its occurrences are checked on the syntax:
    // walking every node of a builder type cost more than the rest of the analysis of its pod spec. An identifier
    // may be spelt with Unicode escapes (`\u0041utomount…`), which a text search cannot see: then every node is read.
    private static RootedAssignment[] Read(ISymbol scope, string property, CancellationToken cancellationToken)
    {
        List<RootedAssignment>? assignments = null;
        foreach (var reference in scope.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            var mentions = SourceTextSearch.FindIdentifier(declaration.SyntaxTree.GetText(cancellationToken), property, declaration.SpanStart, declaration.Span.End);
            if (mentions is null)
            {
                foreach (var node in declaration.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment && TryRead(assignment, property, out var found))
                    {
                        (assignments ??= new List<RootedAssignment>()).Add(found);
                    }
                }

                continue;
            }

            foreach (var at in mentions)
            {
                var token = declaration.FindToken(at);
                if (token.IsKind(SyntaxKind.IdentifierToken)
                    && token.Span.Contains(at)
                    && token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } }
                    && TryRead(assignment, property, out var found))
                {
                    (assignments ??= new List<RootedAssignment>()).Add(found);
                }
            }
        }

        return assignments?.ToArray() ?? Array.Empty<RootedAssignment>();
    }

    private static bool TryRead(AssignmentExpressionSyntax assignment, string property, out RootedAssignment found)
    {
        if ((assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
            && assignment.Left is MemberAccessExpressionSyntax target
            && target.Name.Identifier.ValueText == property
            && TryReadPath(target.Expression, out var root, out var path))
        {
            found = new RootedAssignment(root, path, assignment.Right);
            return true;
        }

        found = default;
        return false;
    }

    private static bool TryReadPath(ExpressionSyntax expression, out string root, out string path)
    {
        var names = new List<string>();
        while (expression is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax } access)
        {
            names.Insert(0, access.Name.Identifier.ValueText);
            expression = access.Expression;
        }

        (root, path) = expression switch
        {
            IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, string.Join(".", names)),
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member => (member.Name.Identifier.ValueText, string.Join(".", names)),
            _ => (string.Empty, string.Empty),
        };
        return root.Length > 0;
    }

    private readonly struct ScopedProperty : IEquatable<ScopedProperty>
    {
        public ScopedProperty(ISymbol scope, string property)
        {
            Scope = scope;
            Property = property;
        }

        public ISymbol Scope { get; }

        public string Property { get; }

        public bool Equals(ScopedProperty other)
            => SymbolEqualityComparer.Default.Equals(Scope, other.Scope) && string.Equals(Property, other.Property, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is ScopedProperty other && Equals(other);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Scope) * 31) + StringComparer.Ordinal.GetHashCode(Property);
    }

    private readonly struct RootedAssignment
    {
        public RootedAssignment(string root, string path, ExpressionSyntax value)
        {
            Root = root;
            Path = path;
            Value = value;
        }

        public string Root { get; }

        public string Path { get; }

        public ExpressionSyntax Value { get; }
    }
}
