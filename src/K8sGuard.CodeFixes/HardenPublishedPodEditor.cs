using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// The restricted rules' fix for an Aspire resource (K8S0202, K8S0203, K8S0205, K8S0206 on its adding call): the settings its
/// publish callbacks do not write yet — <c>RunAsNonRoot</c> and a <c>RuntimeDefault</c> seccomp profile on the pod, and for
/// each container <c>AllowPrivilegeEscalation = false</c> and <c>ALL</c> dropped — as statements of the chain's
/// <c>PublishAsKubernetesService</c> lambda (an expression body becomes a block), or of a new one appended to the chain.
/// One edit for all four, so Fix All of any of them hardens the resource once.
/// </summary>
internal static class HardenPublishedPodEditor
{
    public static async Task<NodeEdit?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await PublishCallbackEditor.ReadAsync(document, span, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return null;
        }

        var (uses, model) = read;
        var callback = uses.Callback;
        var position = callback?.Body.SpanStart + 1 ?? uses.ChainEnd.SpanStart;
        var parameter = callback is null ? PublishCallbackEditor.FreeName(model, position) : PublishCallbackEditor.ParameterOf(callback);
        if (parameter is null || (callback ?? (SyntaxNode)uses.ChainEnd).ContainsDirectives)
        {
            return null;
        }

        var statements = Statements(uses, parameter, PublishCallbackEditor.FreeName(model, position, "pod", "podSpec"), PublishCallbackEditor.FreeName(model, position, "container", "podContainer"));
        if (statements.Count == 0)
        {
            return null;
        }

        return callback switch
        {
            null => Append(uses.ChainEnd, parameter, statements),
            { Body: BlockSyntax block } => AddToBlock(block, statements),
            _ => ToBlock(callback, statements),
        };
    }

    // The missing settings, as lines (a nested line starts with four spaces).
    private static List<string> Statements(ResourceBuilderUses uses, string parameter, string pod, string container)
    {
        var nonRoot = !uses.Writes("RunAsNonRoot");
        var seccomp = !uses.Writes("SeccompProfile");
        var escalation = !uses.Writes("AllowPrivilegeEscalation");
        var drop = !uses.Writes("Drop");
        var lines = new List<string>();
        if (!(nonRoot || seccomp || escalation || drop))
        {
            return lines;
        }

        lines.Add("var " + pod + " = " + parameter + ".Workload!.PodTemplate.Spec;");
        if (nonRoot || seccomp)
        {
            lines.Add(pod + ".SecurityContext ??= new();");
            if (nonRoot)
            {
                lines.Add(pod + ".SecurityContext.RunAsNonRoot = true;");
            }

            if (seccomp)
            {
                lines.Add(pod + ".SecurityContext.SeccompProfile = new() { Type = \"RuntimeDefault\" };");
            }
        }

        if (escalation || drop)
        {
            lines.Add("foreach (var " + container + " in " + pod + ".Containers)");
            lines.Add("{");
            lines.Add("    " + container + ".SecurityContext ??= new();");
            if (escalation)
            {
                lines.Add("    " + container + ".SecurityContext.AllowPrivilegeEscalation = false;");
            }

            if (drop)
            {
                lines.Add("    " + container + ".SecurityContext.Capabilities ??= new();");
                lines.Add("    " + container + ".SecurityContext.Capabilities.Drop.Add(\"ALL\");");
            }

            lines.Add("}");
        }

        return lines;
    }

    // `{ … }` with the statements at `indentation`, the braces at `braceIndentation`, in the document's line breaks.
    private static string Block(IEnumerable<string> lines, string braceIndentation, string newLine)
    {
        var text = new StringBuilder("{").Append(newLine);
        foreach (var line in lines)
        {
            text.Append(braceIndentation).Append("    ").Append(line).Append(newLine);
        }

        return text.Append(braceIndentation).Append('}').ToString();
    }

    // `.PublishAsKubernetesService(r =>` + block, after the chain: on a line of its own when the chain has one call per line.
    private static NodeEdit Append(ExpressionSyntax chainEnd, string parameter, List<string> statements)
    {
        var newLine = PublishCallbackEditor.NewLine(chainEnd);
        var separator = string.Empty;
        var braceIndentation = PublishCallbackEditor.Indentation(FirstTokenOfLine(chainEnd.GetFirstToken()));
        if (chainEnd is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { OperatorToken: var previousDot } } && PublishCallbackEditor.StartsLine(previousDot))
        {
            braceIndentation = PublishCallbackEditor.Indentation(previousDot);
            separator = newLine + braceIndentation;
        }

        var text = chainEnd.WithoutTrivia().ToFullString() + separator + ".PublishAsKubernetesService(" + parameter + " =>" + newLine + braceIndentation
            + Block(statements, braceIndentation, newLine) + ")";
        return new NodeEdit(chainEnd, SyntaxFactory.ParseExpression(text).WithTriviaFrom(chainEnd));
    }

    private static NodeEdit AddToBlock(BlockSyntax block, List<string> statements)
    {
        var last = block.Statements.LastOrDefault();
        var indentation = last is null ? PublishCallbackEditor.Indentation(FirstTokenOfLine(block.OpenBraceToken)) + "    " : PublishCallbackEditor.Indentation(last.GetFirstToken());
        var newLine = PublishCallbackEditor.NewLine(block);
        var added = string.Concat(statements.Select(line => indentation + line + newLine));
        var parsed = SyntaxFactory.ParseStatement("{" + newLine + added + "}");
        var statementsToAdd = ((BlockSyntax)parsed).Statements;
        if (last is null || !last.GetLastToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            // A block on one line (`r => { }`) or statements on the brace's line: rewritten with one statement per line.
            var braceIndentation = PublishCallbackEditor.Indentation(FirstTokenOfLine(block.OpenBraceToken));
            var existing = block.Statements.Select(statement => statement.WithoutTrivia().ToFullString());
            var rewritten = SyntaxFactory.ParseStatement(Block(existing.Concat(statements), braceIndentation, newLine));
            return new NodeEdit(block, rewritten.WithTriviaFrom(block));
        }

        return new NodeEdit(block, block.WithStatements(block.Statements.AddRange(statementsToAdd)));
    }

    // `r => r.X = y` becomes `r =>` + a block holding `r.X = y;` and the statements.
    private static NodeEdit? ToBlock(AnonymousFunctionExpressionSyntax callback, List<string> statements)
    {
        if (callback.Body is not ExpressionSyntax expression)
        {
            return null;
        }

        var newLine = PublishCallbackEditor.NewLine(callback);
        var braceIndentation = PublishCallbackEditor.Indentation(FirstTokenOfLine(callback.GetFirstToken()));
        var lines = new[] { expression.WithoutTrivia().ToFullString() + ";" }.Concat(statements);
        var head = callback.ToFullString().Substring(0, expression.FullSpan.Start - callback.FullSpan.Start).TrimEnd();
        var text = head + newLine + braceIndentation + Block(lines, braceIndentation, newLine);
        return new NodeEdit(callback, SyntaxFactory.ParseExpression(text).WithTriviaFrom(callback));
    }

    private static SyntaxToken FirstTokenOfLine(SyntaxToken token)
    {
        while (token.GetPreviousToken() is { RawKind: not 0 } previous && !previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) && !token.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            token = previous;
        }

        return token;
    }
}
