using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using K8sGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace K8sGuard.CodeFixes;

/// <summary>
/// K8sGuard's one code fix. What to do comes from the diagnostic (<see cref="FixProperties"/>): set a property of the
/// reported creation or a path below it (<see cref="CreationPropertyEditor"/>: the service-account rules, and the restricted
/// rules' unset settings), or replace, unset or remove the
/// value the reported member, argument, assignment or element writes (<see cref="WrittenValueEditor"/>, the pod-security
/// rules). A diagnostic without a fix kind, or one whose code offers no safe edit, gets no action.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KubernetesCodeFixProvider))]
public sealed class KubernetesCodeFixProvider : CodeFixProvider
{
    // The fixes that set a property (or a path) of the reported creation: which value each action writes there.
    private static readonly ImmutableDictionary<string, ImmutableArray<(string Title, string Key, FixValue Value)>> CreationActions =
        ImmutableDictionary<string, ImmutableArray<(string, string, FixValue)>>.Empty
            .Add(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount, ImmutableArray.Create(
                (FixTitles.DisableAutomount, EquivalenceKeys.PodSpecDisableAutomount, FixValue.Boolean(false)),
                (FixTitles.KeepToken, EquivalenceKeys.PodSpecKeepToken, FixValue.Boolean(true))))
            .Add(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount, ImmutableArray.Create(
                (FixTitles.DisableAutomount, EquivalenceKeys.ServiceAccountDisableAutomount, FixValue.Boolean(false))))
            .Add(RuleIdentifiers.PodMountsDefaultServiceAccountToken, ImmutableArray.Create(
                (FixTitles.DisableAutomount, EquivalenceKeys.DefaultAccountDisableAutomount, FixValue.Boolean(false))))
            .Add(EquivalenceKeys.PrivilegeEscalationRule, ImmutableArray.Create(
                (FixTitles.DisallowPrivilegeEscalation, EquivalenceKeys.DisallowPrivilegeEscalation, FixValue.Boolean(false))))
            .Add(EquivalenceKeys.RunAsNonRootRule, ImmutableArray.Create(
                (FixTitles.RunAsNonRoot, EquivalenceKeys.RunAsNonRoot, FixValue.Boolean(true))))
            .Add(EquivalenceKeys.SeccompProfileRule, ImmutableArray.Create(
                (FixTitles.RuntimeDefaultSeccomp, EquivalenceKeys.RuntimeDefaultSeccomp, FixValue.String("RuntimeDefault"))))
            .Add(EquivalenceKeys.DropCapabilitiesRule, ImmutableArray.Create(
                (FixTitles.DropAllCapabilities, EquivalenceKeys.DropAllCapabilities, FixValue.ListElement("ALL"))));

    // Every K8sGuard rule: what (if anything) to fix comes from each diagnostic, so a new rule needs no line here.
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = new KubernetesObjectAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => KubernetesFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(FixProperties.Fix, out var fix) || fix is null)
            {
                continue;
            }

            if (fix == FixProperties.AddPublishCallback)
            {
                await RegisterPublishCallbackFixAsync(context, diagnostic, PublishCallbackEditor.PlanAsync, FixTitles.PublishWithoutToken, EquivalenceKeys.PublishWithoutToken).ConfigureAwait(false);
                continue;
            }

            if (fix == FixProperties.HardenPublishedPod)
            {
                await RegisterPublishCallbackFixAsync(context, diagnostic, HardenPublishedPodEditor.PlanAsync, FixTitles.HardenPublishedPod, EquivalenceKeys.HardenPublishedPod).ConfigureAwait(false);
                continue;
            }

            var registered = fix == FixProperties.SetCreationProperty
                ? await RegisterCreationFixesAsync(context, diagnostic).ConfigureAwait(false)
                : await RegisterWrittenValueFixAsync(context, diagnostic, fix).ConfigureAwait(false);

            // After the diagnostic's own fix: the same fix for every restricted finding of the pod at once.
            if (registered && HardenPodAction.AppliesTo(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(FixTitles.HardenPod, cancellationToken => HardenPodAction.ApplyAsync(context.Document, diagnostic, cancellationToken), EquivalenceKeys.HardenPod),
                    diagnostic);
            }
        }
    }

    // An Aspire resource's publish callback, written by `plan`.
    private static async Task RegisterPublishCallbackFixAsync(
        CodeFixContext context,
        Diagnostic diagnostic,
        System.Func<Document, TextSpan, System.Threading.CancellationToken, Task<NodeEdit?>> plan,
        string title,
        string key)
    {
        var document = context.Document;
        if (await plan(document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false) is { } edit)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    async cancellationToken =>
                    {
                        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        return document.WithSyntaxRoot(root!.ReplaceNode(edit.Old, edit.New));
                    },
                    key),
                diagnostic);
        }
    }

    private static async Task<bool> RegisterWrittenValueFixAsync(CodeFixContext context, Diagnostic diagnostic, string fix)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(FixProperties.Title, out var title) || title is null
            || !properties.TryGetValue(FixProperties.EquivalenceKey, out var key) || key is null)
        {
            return false;
        }

        properties.TryGetValue(FixProperties.Value, out var value);
        var edit = await WrittenValueEditor.CreateAsync(context.Document, diagnostic.Location.SourceSpan, fix, value, context.CancellationToken).ConfigureAwait(false);
        if (edit is null)
        {
            return false;
        }

        context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(edit), key), diagnostic);
        return true;
    }

    /// <summary>
    /// The action of a diagnostic that sets a property of its creation, with <paramref name="equivalenceKey"/> (the first, preferred one when
    /// null), as an edit of a version of its document where the diagnostic's span still points at its creation; null when
    /// the diagnostic has no such action.
    /// </summary>
    internal static System.Func<Document, TextSpan, System.Threading.CancellationToken, Task<NodeEdit?>>? CreationEditOf(Diagnostic diagnostic, string? equivalenceKey)
    {
        if (!CreationActions.TryGetValue(diagnostic.Id, out var actions)
            || !diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) || property is null
            || !diagnostic.Properties.TryGetValue(FixProperties.ConstructorParameter, out var parameter) || parameter is null)
        {
            return null;
        }

        var action = equivalenceKey is null ? actions[0] : actions.FirstOrDefault(a => a.Key == equivalenceKey);
        if (action.Key is null)
        {
            return null;
        }

        var value = action.Value;
        return async (document, span, cancellationToken) =>
            (await CreationPropertyEditor.CreateAsync(document, span, property, parameter, value, cancellationToken).ConfigureAwait(false))?.Plan(value);
    }

    private static async Task<bool> RegisterCreationFixesAsync(CodeFixContext context, Diagnostic diagnostic)
    {
        if (!CreationActions.TryGetValue(diagnostic.Id, out var actions)
            || !diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) || property is null
            || !diagnostic.Properties.TryGetValue(FixProperties.ConstructorParameter, out var parameter) || parameter is null)
        {
            return false;
        }

        var editor = await CreationPropertyEditor.CreateAsync(context.Document, diagnostic.Location.SourceSpan, property, parameter, actions[0].Value, context.CancellationToken).ConfigureAwait(false);
        if (editor is null)
        {
            return false;
        }

        foreach (var (title, key, value) in actions)
        {
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(editor.Set(value)), key), diagnostic);
        }

        return true;
    }
}
