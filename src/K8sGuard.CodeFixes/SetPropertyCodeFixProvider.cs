using System.Collections.Immutable;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace K8sGuard.CodeFixes;

/// <summary>One action of a fix: its title, its stable equivalence key, and the value it sets.</summary>
public readonly struct SetPropertyAction
{
    public SetPropertyAction(string title, string equivalenceKey, bool value)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Value = value;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public bool Value { get; }
}

/// <summary>
/// Base of K8sGuard's fixes: each rule's provider only names its actions. Which property to set, and the constructor
/// parameter that carries it, come from the diagnostic (<see cref="FixProperties"/>); the edit is
/// <see cref="CreationPropertyEditor"/>'s, shared by all, and no action is offered where it has no safe edit.
/// </summary>
public abstract class SetPropertyCodeFixProvider : CodeFixProvider
{
    protected abstract ImmutableArray<SetPropertyAction> Actions { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) || property is null
                || !diagnostic.Properties.TryGetValue(FixProperties.ConstructorParameter, out var parameter) || parameter is null)
            {
                continue;
            }

            var editor = await CreationPropertyEditor.CreateAsync(context.Document, diagnostic.Location.SourceSpan, property, parameter, context.CancellationToken).ConfigureAwait(false);
            if (editor is null)
            {
                continue;
            }

            foreach (var action in Actions)
            {
                var value = action.Value;
                context.RegisterCodeFix(
                    CodeAction.Create(action.Title, _ => Task.FromResult(editor.Set(value)), action.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
