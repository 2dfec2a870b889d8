using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// A ServiceAccount creation found by syntax, with the assignments made later through the variable it is stored in
/// (<c>sa.AutomountServiceAccountToken = false;</c>) until that variable is given another object. Depends on its syntax
/// tree only, so it is kept for as long as the tree lives and reused by every compilation that shares the tree.
/// </summary>
internal sealed class AccountSyntax
{
    public AccountSyntax(BaseObjectCreationExpressionSyntax creation, LaterWrite[] later)
    {
        Creation = creation;
        Later = later;
    }

    public BaseObjectCreationExpressionSyntax Creation { get; }

    /// <summary>In source order.</summary>
    public LaterWrite[] Later { get; }

    /// <summary>
    /// Pairs each creation with its later writes: each body that holds creations is walked once for the assignments and
    /// stores of every variable in it, so a file's cost is linear in its size however many accounts one body creates.
    /// </summary>
    public static AccountSyntax[] WithLaterWrites(List<BaseObjectCreationExpressionSyntax> creations, CancellationToken cancellationToken)
    {
        var accounts = new AccountSyntax[creations.Count];
        var bodies = new Dictionary<SyntaxNode, BodyWrites>();
        for (var i = 0; i < creations.Count; i++)
        {
            var creation = creations[i];
            var later = Array.Empty<LaterWrite>();
            if (StoredIn(creation) is { } variable)
            {
                var body = SyntaxScopes.EnclosingBody(creation);
                if (!bodies.TryGetValue(body, out var writes))
                {
                    writes = BodyWrites.Read(body, cancellationToken);
                    bodies.Add(body, writes);
                }

                later = writes.After(variable, creation.SpanStart);
            }

            accounts[i] = new AccountSyntax(creation, later);
        }

        return accounts;
    }

    // `var sa = new …` or `sa = new …`: the variable that holds the creation.
    private static string? StoredIn(BaseObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } assignment when assignment.Right == creation => identifier.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>root.Path[0].Path[1]… = Value</c>, and whether it runs whenever the body reaches it.</summary>
    internal readonly struct LaterWrite
    {
        public LaterWrite(string[] path, ExpressionSyntax value, bool definite, int position)
        {
            Path = path;
            Value = value;
            Definite = definite;
            Position = position;
        }

        public string[] Path { get; }

        public ExpressionSyntax Value { get; }

        /// <summary>A plain assignment statement with no condition, loop, <c>try</c> or function around it.</summary>
        public bool Definite { get; }

        public int Position { get; }
    }

    // Every variable's member assignments and stores in one body, in source order.
    private sealed class BodyWrites
    {
        private readonly Dictionary<string, List<LaterWrite>> _writes = new(StringComparer.Ordinal);

        // Where each variable is given an object (`var sa = …`, `sa = …`): it holds another one from there on.
        private readonly Dictionary<string, List<int>> _stores = new(StringComparer.Ordinal);

        public static BodyWrites Read(SyntaxNode body, CancellationToken cancellationToken)
        {
            var writes = new BodyWrites();
            foreach (var node in body.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case VariableDeclaratorSyntax declarator:
                        writes.AddStore(declarator.Identifier.ValueText, declarator.SpanStart);
                        break;
                    case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression):
                        writes.AddAssignment(assignment);
                        break;
                }
            }

            return writes;
        }

        public LaterWrite[] After(string variable, int position)
        {
            if (!_writes.TryGetValue(variable, out var writes))
            {
                return Array.Empty<LaterWrite>();
            }

            // Up to the next store into the variable after the creation. Both lists are in document order, so a variable
            // reused for every account costs a search per account, not a pass over all of its writes.
            var until = int.MaxValue;
            if (_stores.TryGetValue(variable, out var stores) && FirstAfter(stores.Count, i => stores[i], position) is var next && next < stores.Count)
            {
                until = stores[next];
            }

            var found = new List<LaterWrite>();
            for (var i = FirstAfter(writes.Count, i => writes[i].Position, position); i < writes.Count && writes[i].Position < until; i++)
            {
                found.Add(writes[i]);
            }

            return found.ToArray();
        }

        // The index of the first item whose position is after `position`.
        private static int FirstAfter(int count, Func<int, int> positionAt, int position)
        {
            var (low, high) = (0, count);
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (positionAt(middle) <= position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private void AddAssignment(AssignmentExpressionSyntax assignment)
        {
            if (assignment.Left is IdentifierNameSyntax stored)
            {
                AddStore(stored.Identifier.ValueText, assignment.SpanStart);
                return;
            }

            var path = new List<string>();
            var target = assignment.Left;
            while (target is MemberAccessExpressionSyntax access)
            {
                path.Insert(0, access.Name.Identifier.ValueText);
                target = access.Expression;
            }

            if (path.Count == 0 || target is not IdentifierNameSyntax root)
            {
                return;
            }

            var definite = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && RunsWheneverTheBodyDoes(assignment);
            var name = root.Identifier.ValueText;
            if (!_writes.TryGetValue(name, out var writes))
            {
                writes = new List<LaterWrite>();
                _writes.Add(name, writes);
            }

            writes.Add(new LaterWrite(path.ToArray(), assignment.Right, definite, assignment.SpanStart));
        }

        private void AddStore(string variable, int position)
        {
            if (!_stores.TryGetValue(variable, out var stores))
            {
                stores = new List<int>();
                _stores.Add(variable, stores);
            }

            stores.Add(position);
        }

        // An assignment statement in plain blocks up to the member (or the top-level program).
        private static bool RunsWheneverTheBodyDoes(AssignmentExpressionSyntax assignment)
        {
            if (assignment.Parent is not ExpressionStatementSyntax statement)
            {
                return false;
            }

            for (var node = statement.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BlockSyntax { Parent: BlockSyntax or GlobalStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax }:
                        continue;
                    case BlockSyntax:
                        return node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax;
                    case GlobalStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
