using System.Collections.Immutable;
using System.Linq;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Options;
using K8sGuard.Analyzers.Rules;
using K8sGuard.Analyzers.Rules.PodSecurity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers;

/// <summary>
/// The one analyzer behind every K8sGuard rule. It is called back for object creations, assignments and member
/// initializers; a creation of a pod spec or ServiceAccount is handed to the rules that judge those objects, and a write
/// to a field some rule reads (an initializer member, a constructor argument, an assignment) to the rules that read it. What later
/// statements do to the object is read from the flow of its operation block, which is built on first need and
/// shared by the block's other objects. Nothing is registered for compilations without a Kubernetes object model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesObjectAnalyzer : DiagnosticAnalyzer
{
    // Every rule of the assembly, found once: adding a rule is adding its file (ordered by name, so by id, for a stable list).
    private static readonly ImmutableArray<KubernetesRule> Rules = CreateAll<KubernetesRule>();

    private static readonly ImmutableArray<FieldValueRule> FieldRules = CreateAll<FieldValueRule>();

    private static readonly ImmutableArray<AppHostRule> AppHostRules = CreateAll<AppHostRule>();

    private static readonly FieldDispatch Dispatch = new(FieldRules, ObjectModels.All);

    // The kinds some object rule judges (a pod spec, a ServiceAccount, a container): other creations cost one set probe.
    private static readonly System.Collections.Generic.HashSet<KubernetesObjectKind> ObjectRuleKinds = new(
        System.Enum.GetValues(typeof(KubernetesObjectKind)).Cast<KubernetesObjectKind>().Where(kind => Rules.Any(rule => rule.AppliesTo(kind))));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Rules.Select(r => r.Descriptor).Concat(FieldRules.Select(r => r.Descriptor)).Concat(AppHostRules.Select(r => r.Descriptor)).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var compilation = KubernetesCompilation.Create(start.Compilation);
            if (compilation is null)
            {
                return;
            }

            var options = new RuleOptions(start.Options.AnalyzerConfigOptionsProvider, start.Compilation.Options);
            start.RegisterOperationAction(context => AnalyzeCreation(context, compilation, options), OperationKind.ObjectCreation);
            start.RegisterOperationAction(context => AnalyzeInvalidCreation(context, compilation, options), OperationKind.Invalid);
            start.RegisterOperationAction(context => AnalyzeAssignment(context, compilation, options), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(context => AnalyzeMemberInitializer(context, compilation, options), OperationKind.MemberInitializer);
            if (compilation.AppHost is { } appHost)
            {
                start.RegisterOperationAction(context => AnalyzeInvocation(context, compilation, appHost, options), OperationKind.Invocation);
            }
        });
    }

    // `builder.AddProject<Projects.Api>("api")` in an Aspire app host that publishes to Kubernetes.
    private static void AnalyzeInvocation(OperationAnalysisContext context, KubernetesCompilation compilation, AspireAppHost appHost, RuleOptions options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!appHost.AddsComputeResource(invocation) || !appHost.PublishesToKubernetes(context.CancellationToken))
        {
            return;
        }

        var resource = new AddedResource(invocation);
        var rules = new AppHostRuleContext(compilation, appHost, options, context);
        var tree = invocation.Syntax.SyntaxTree;
        foreach (var rule in AppHostRules)
        {
            if (!options.IsTurnedOff(tree, rule.Descriptor.Id))
            {
                rule.Analyze(resource, rules);
            }
        }
    }

    private static ImmutableArray<TRule> CreateAll<TRule>()
        where TRule : class
        => typeof(TRule).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(TRule).IsAssignableFrom(type))
            // A nested rule (a rule's explicit-value or Aspire part) sorts after its rule: the rule's own descriptor comes first.
            .OrderBy(type => type.DeclaringType is { } rule ? rule.Name + "+" + type.Name : type.Name, System.StringComparer.Ordinal)
            .Select(type => (TRule)System.Activator.CreateInstance(type))
            .ToImmutableArray();

    // `Privileged = true` in an initializer or a `with`, `container.SecurityContext.Privileged = true`, `x.P ??= v`.
    private static void AnalyzeAssignment(OperationAnalysisContext context, KubernetesCompilation compilation, RuleOptions options)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (assignment.Target.Kind != OperationKind.PropertyReference)
        {
            return;
        }

        var property = (IPropertyReferenceOperation)assignment.Target;
        if (property.Arguments.Length == 1)
        {
            AnalyzeEntry(context, assignment, property, compilation, options);
            return;
        }

        if (property.Arguments.Length != 0)
        {
            return;
        }

        var owner = compilation.Types.Classify(property.Property.ContainingType);
        if (owner.Kind == KubernetesObjectKind.None || !Dispatch.TryGetByProperty(owner, property.Property.Name, out var entry))
        {
            return;
        }

        var write = FieldWrite.ForAssignment(assignment, entry.Field, owner.Model, compilation.LaterWrites, context.CancellationToken);
        RunFieldRules(entry, write, compilation, options, context);
    }

    // `pod.Metadata.Annotations["key"] = value`: an entry of a map field some rule reads (not an initializer's `[k] = v`,
    // which the map's own write covers).
    private static void AnalyzeEntry(OperationAnalysisContext context, IAssignmentOperation assignment, IPropertyReferenceOperation indexer, KubernetesCompilation compilation, RuleOptions options)
    {
        if (indexer.Instance is not IPropertyReferenceOperation { Arguments.Length: 0 } map || map.IsInitializerMember())
        {
            return;
        }

        var owner = compilation.Types.Classify(map.Property.ContainingType);
        if (owner.Kind == KubernetesObjectKind.None || !Dispatch.TryGetByProperty(owner, map.Property.Name, out var entry))
        {
            return;
        }

        RunFieldRules(entry, FieldWrite.ForEntry(assignment, map, entry.Field, owner.Model, compilation.LaterWrites, context.CancellationToken), compilation, options, context);
    }

    // `Add = { "SYS_ADMIN" }`: a collection initializer on a get-only or lazily created list.
    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, KubernetesCompilation compilation, RuleOptions options)
    {
        var member = (IMemberInitializerOperation)context.Operation;
        if (member.InitializedMember is not IPropertyReferenceOperation { Arguments.Length: 0 } property)
        {
            return;
        }

        var owner = compilation.Types.Classify(property.Property.ContainingType);
        if (owner.Kind == KubernetesObjectKind.None
            || !Dispatch.TryGetByProperty(owner, property.Property.Name, out var entry)
            || FieldWrite.ForCollectionInitializer(member, entry.Field, owner.Model, compilation.LaterWrites, context.CancellationToken) is not { } write)
        {
            return;
        }

        RunFieldRules(entry, write, compilation, options, context);
    }

    private static void RunFieldRules(FieldDispatch.Entry entry, FieldWrite write, KubernetesCompilation compilation, RuleOptions options, OperationAnalysisContext context)
    {
        var rules = new FieldRuleContext(write, compilation, options, context.ReportDiagnostic, context.CancellationToken);
        var tree = context.Operation.Syntax.SyntaxTree;
        foreach (var rule in entry.Rules)
        {
            if (!options.IsTurnedOff(tree, rule.Descriptor.Id))
            {
                rule.Analyze(write, rules);
            }
        }
    }

    // `new V1SecurityContext(privileged: true)`: class-era constructor arguments, by parameter name.
    private static void AnalyzeConstructorArguments(OperationAnalysisContext context, IObjectCreationOperation creation, TrackedType type, KubernetesCompilation compilation, RuleOptions options)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Parameter is { } parameter
                && Dispatch.TryGetByParameter(type, parameter.Name, out var entry))
            {
                RunFieldRules(entry, FieldWrite.ForConstructorArgument(creation, argument, entry.Field, type.Model, compilation.LaterWrites, context.CancellationToken), compilation, options, context);
            }
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, KubernetesCompilation compilation, RuleOptions options)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var type = compilation.Types.Classify(creation.Type);
        if (type.Kind == KubernetesObjectKind.None)
        {
            return;
        }

        if (!creation.Arguments.IsEmpty && Dispatch.HasRulesFor(type.Kind))
        {
            AnalyzeConstructorArguments(context, creation, type, compilation, options);
        }

        RunObjectRules(context, creation, type, compilation, options);
    }

    // While the user types, a class-era constructor call with an error anywhere in it (even inside a lambda argument)
    // binds as an invalid operation of the created type: its pod spec or ServiceAccount is judged on what binds, so its
    // diagnostic does not come and go with each keystroke.
    private static void AnalyzeInvalidCreation(OperationAnalysisContext context, KubernetesCompilation compilation, RuleOptions options)
    {
        var invalid = context.Operation;
        if (invalid.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax)
        {
            return;
        }

        var type = compilation.Types.Classify(invalid.Type);
        if (type.Kind != KubernetesObjectKind.None)
        {
            RunObjectRules(context, invalid, type, compilation, options);
        }
    }

    private static void RunObjectRules(OperationAnalysisContext context, IOperation creation, TrackedType type, KubernetesCompilation compilation, RuleOptions options)
    {
        if (!ObjectRuleKinds.Contains(type.Kind))
        {
            return;
        }

        var created = new CreatedObject(creation, type, compilation.LaterWrites, context.CancellationToken);
        var rules = new RuleContext(compilation, options, context);
        var tree = creation.Syntax.SyntaxTree;
        foreach (var rule in Rules)
        {
            if (rule.AppliesTo(type.Kind) && !options.IsTurnedOff(tree, rule.Descriptor.Id))
            {
                rule.Analyze(created, rules);
            }
        }
    }
}
