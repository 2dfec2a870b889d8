using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sGuard.CodeFixes;

/// <summary>One action of a fix: its title, its stable equivalence key, and the literal it assigns.</summary>
public readonly struct SetPropertyAction
{
    public SetPropertyAction(string title, string equivalenceKey, SyntaxKind literal)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Literal = literal;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public SyntaxKind Literal { get; }
}

/// <summary>
/// Base of K8sGuard's fixes: each rule's provider only names the property and the actions; the edit itself is
/// <see cref="CreationPropertyEditor"/>'s, shared by all.
/// </summary>
public abstract class SetPropertyCodeFixProvider : CodeFixProvider
{
    protected abstract string PropertyName { get; }

    protected abstract ImmutableArray<SetPropertyAction> Actions { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in Actions)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        action.Title,
                        cancellationToken => CreationPropertyEditor.SetAsync(
                            context.Document,
                            diagnostic.Location.SourceSpan,
                            PropertyName,
                            SyntaxFactory.LiteralExpression(action.Literal),
                            cancellationToken),
                        action.EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
