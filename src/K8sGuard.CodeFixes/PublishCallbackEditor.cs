using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// K8S0004's fix: the reported resource's pod gets <c>AutomountServiceAccountToken = false</c> in a
/// <c>PublishAsKubernetesService</c> callback, read from the resource's chain with the analyzer's own reader
/// (<see cref="ResourceBuilderUses"/>). A lambda callback already in the chain gains the assignment (an expression body
/// becomes a block); otherwise the call is appended to the chain, on its own line when the chain puts each call on one.
/// </summary>
internal static class PublishCallbackEditor
{
    private const string Assignment = ".Workload!.PodTemplate.Spec.AutomountServiceAccountToken = false";

    public static async Task<NodeEdit?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await ReadAsync(document, span, cancellationToken).ConfigureAwait(false) is not { } read
            || read.Uses.Writes(Analyzers.Rules.ServiceAccounts.K8S0004PublishedResourceTokenAutomount.TokenSetting))
        {
            return null;
        }

        return read.Uses.Callback is { } callback ? AddToCallback(callback) : AppendCall(read.Uses.ChainEnd, read.Model);
    }

    /// <summary>
    /// What the app host does with the builder of the resource whose adding call's name is at <paramref name="span"/>, read
    /// as the analyzer reads it; null when the resource is not published or its builder goes where the reader cannot follow.
    /// </summary>
    internal static async Task<(ResourceBuilderUses Uses, SemanticModel Model)?> ReadAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !root.FullSpan.Contains(span)
            || AddingCall(root.FindToken(span.Start)) is not { } add
            || AspireAppHost.Create(model.Compilation) is not { } appHost)
        {
            return null;
        }

        var uses = ResourceBuilderUses.Read(add, appHost, new ProjectMethods(model.Compilation), model, cancellationToken);
        return uses.IsPublishedAndKnown ? (uses, model) : null;
    }

    // The reported token is the method name of `builder.AddX(…)`.
    private static InvocationExpressionSyntax? AddingCall(SyntaxToken name)
        => name.Parent is SimpleNameSyntax simple
           && (simple.Parent is MemberAccessExpressionSyntax access && access.Name == simple ? access.Parent : simple.Parent) is InvocationExpressionSyntax call
            ? call
            : null;

    private static NodeEdit? AddToCallback(AnonymousFunctionExpressionSyntax callback)
    {
        if (ParameterOf(callback) is not { } parameter || callback.ContainsDirectives)
        {
            return null;
        }

        var statement = SyntaxFactory.ParseStatement(parameter + Assignment + ";");
        switch (callback.Body)
        {
            case BlockSyntax block:
                var last = block.Statements.LastOrDefault();
                var indentation = last is null ? Indentation(block.OpenBraceToken) + "    " : Indentation(last.GetFirstToken());
                var newLine = last is null ? NewLine(block) : NewLine(last);
                var added = statement
                    .WithLeadingTrivia(SyntaxFactory.ParseLeadingTrivia(indentation))
                    .WithTrailingTrivia(SyntaxFactory.ParseTrailingTrivia(newLine));
                if (block.Statements.Count == 0 && !block.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
                {
                    // `r => { }`: one line, kept one line.
                    added = statement.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
                    return new NodeEdit(block, block.WithOpenBraceToken(block.OpenBraceToken.WithTrailingTrivia()).WithStatements(SyntaxFactory.SingletonList(added)));
                }

                if (last is not null && !last.GetLastToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
                {
                    // Statements on the brace's line: the new one follows on the same line.
                    added = statement.WithLeadingTrivia(SyntaxFactory.Space);
                }

                return new NodeEdit(block, block.WithStatements(block.Statements.Add(added)));
            case ExpressionSyntax expression:
                // `r => r.X = y` becomes `r => { r.X = y; r.Workload!…AutomountServiceAccountToken = false; }`, on the lambda's lines.
                var first = SyntaxFactory.ExpressionStatement(expression.WithoutTrivia()).WithLeadingTrivia(SyntaxFactory.Space);
                var body = SyntaxFactory.Block(first, statement.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space))
                    .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithLeadingTrivia(expression.GetLeadingTrivia())
                    .WithTrailingTrivia(expression.GetTrailingTrivia());
                return new NodeEdit(callback, callback is ParenthesizedLambdaExpressionSyntax parenthesized
                    ? parenthesized.WithExpressionBody(null).WithBlock(body)
                    : ((SimpleLambdaExpressionSyntax)callback).WithExpressionBody(null).WithBlock(body));
            default:
                return null;
        }
    }

    private static NodeEdit? AppendCall(ExpressionSyntax chainEnd, SemanticModel model)
    {
        if (chainEnd.ContainsDirectives)
        {
            return null;
        }

        var parameter = FreeName(model, chainEnd.SpanStart);
        var call = "PublishAsKubernetesService(" + parameter + " => " + parameter + Assignment + ")";

        // A chain written one call per line (`.WithReference(…)` under `builder.AddProject(…)`) gets the call on a line of its own.
        var dot = SyntaxFactory.Token(SyntaxKind.DotToken);
        var receiver = chainEnd.WithoutTrailingTrivia();
        if (chainEnd is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { OperatorToken: var previousDot } } && StartsLine(previousDot))
        {
            dot = dot.WithLeadingTrivia(previousDot.LeadingTrivia);
            receiver = receiver.WithTrailingTrivia(SyntaxFactory.ParseTrailingTrivia(NewLine(chainEnd)));
        }

        var invocation = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression("x." + call);
        var access = (MemberAccessExpressionSyntax)invocation.Expression;
        var appended = invocation
            .WithExpression(access.WithExpression(receiver).WithOperatorToken(dot))
            .WithTrailingTrivia(chainEnd.GetTrailingTrivia());
        return new NodeEdit(chainEnd, appended);
    }

    /// <summary>The callback's one parameter, by which new statements reach the resource; null for a discard or another shape.</summary>
    internal static string? ParameterOf(AnonymousFunctionExpressionSyntax callback)
        => callback switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
            AnonymousMethodExpressionSyntax { ParameterList.Parameters.Count: 1 } method => method.ParameterList.Parameters[0].Identifier.ValueText,
            _ => null,
        } is { } name && name != "_" ? name : null;

    // `r`, unless the code around already names something `r`.
    internal static string FreeName(SemanticModel model, int position, params string[] names)
    {
        names = names.Length == 0 ? new[] { "r", "resource", "kubernetesResource" } : names;
        foreach (var name in names)
        {
            if (model.LookupSymbols(position, name: name).IsEmpty)
            {
                return name;
            }
        }

        return names[names.Length - 1] + "_";
    }

    internal static bool StartsLine(SyntaxToken token)
        => token.GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) || token.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);

    internal static string Indentation(SyntaxToken token)
        => string.Concat(token.LeadingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToFullString()));

    // The document's line break, as the surrounding code writes it.
    internal static string NewLine(SyntaxNode node)
    {
        foreach (var scope in new[] { node, node.SyntaxTree.GetRoot() })
        {
            foreach (var trivia in scope.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia.ToFullString();
                }
            }
        }

        return "\n";
    }
}
