using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.CodeFixes;

/// <summary>K8S0001: set <c>AutomountServiceAccountToken</c> to false (preferred) or, for API clients, to true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PodSpecTokenAutomountCodeFixProvider)), Shared]
public sealed class PodSpecTokenAutomountCodeFixProvider : CodeFixProvider
{
    public const string DisableEquivalenceKey = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".DisableAutomount";
    public const string KeepEquivalenceKey = RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount + ".KeepToken";

    internal const string DisableTitle = "Disable service account token automounting";
    internal const string KeepTitle = "Keep the token (this pod calls the Kubernetes API)";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            Register(context, diagnostic, DisableTitle, DisableEquivalenceKey, SyntaxKind.FalseLiteralExpression);
            Register(context, diagnostic, KeepTitle, KeepEquivalenceKey, SyntaxKind.TrueLiteralExpression);
        }

        return Task.CompletedTask;
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey, SyntaxKind literal)
    {
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                cancellationToken => CreationPropertyEditor.SetAsync(
                    context.Document,
                    diagnostic.Location.SourceSpan,
                    PodSpecProperties.AutomountServiceAccountToken,
                    SyntaxFactory.LiteralExpression(literal),
                    cancellationToken),
                equivalenceKey),
            diagnostic);
    }
}
