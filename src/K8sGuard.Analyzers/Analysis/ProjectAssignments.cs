using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// Property assignments made by other members of the project, read from syntax (an analyzer must not bind other
/// documents): what a hardening helper assigns through its parameters (<c>spec.AutomountServiceAccountToken = false</c>,
/// <c>pod.Spec.AutomountServiceAccountToken = false</c>), and what the members of a builder type assign through its
/// fields and properties. Each method or type is read once per compilation.
/// </summary>
internal sealed class ProjectAssignments
{
    private readonly ConcurrentDictionary<ISymbol, RootedAssignment[]> _bySymbol = new(SymbolEqualityComparer.Default);
    private readonly Kubernetes.SyntaxConstants _constants;

    public ProjectAssignments(Compilation compilation) => _constants = new Kubernetes.SyntaxConstants(compilation);

    /// <summary>Values a source method assigns to <paramref name="property"/> of <paramref name="parameter"/> + <paramref name="path"/>.</summary>
    public void CollectFromMethod(IMethodSymbol method, IParameterSymbol parameter, string path, string property, List<PropertyValue> values, CancellationToken cancellationToken)
        => Collect(method.OriginalDefinition, parameter.Name, path, property, values, cancellationToken);

    /// <summary>Values any member of <paramref name="type"/> assigns to <paramref name="property"/> of its member <paramref name="member"/> + <paramref name="path"/>.</summary>
    public void CollectFromType(INamedTypeSymbol type, ISymbol member, string path, string property, List<PropertyValue> values, CancellationToken cancellationToken)
        => Collect(type.OriginalDefinition, member.Name, path, property, values, cancellationToken);

    private void Collect(ISymbol scope, string root, string path, string property, List<PropertyValue> values, CancellationToken cancellationToken)
    {
        if (!_bySymbol.TryGetValue(scope, out var assignments))
        {
            assignments = _bySymbol.GetOrAdd(scope, Read(scope, cancellationToken));
        }

        foreach (var assignment in assignments)
        {
            if (assignment.Root == root && assignment.Path == path && assignment.Property == property)
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
    private static RootedAssignment[] Read(ISymbol scope, CancellationToken cancellationToken)
    {
        List<RootedAssignment>? assignments = null;
        foreach (var reference in scope.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax assignment
                    && (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
                    && assignment.Left is MemberAccessExpressionSyntax target
                    && TryReadPath(target.Expression, out var root, out var path))
                {
                    (assignments ??= new List<RootedAssignment>()).Add(new RootedAssignment(root, path, target.Name.Identifier.ValueText, assignment.Right));
                }
            }
        }

        return assignments?.ToArray() ?? Array.Empty<RootedAssignment>();
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

    private readonly struct RootedAssignment
    {
        public RootedAssignment(string root, string path, string property, ExpressionSyntax value)
        {
            Root = root;
            Path = path;
            Property = property;
            Value = value;
        }

        public string Root { get; }

        public string Path { get; }

        public string Property { get; }

        public ExpressionSyntax Value { get; }
    }
}
