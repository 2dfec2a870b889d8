using System.Collections.Immutable;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Kubernetes;
using K8sGuard.Analyzers.Models;
using K8sGuard.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// One K8sGuard rule: which kinds of created object it looks at, and what it reports about them. Rules hold no
/// analysis machinery; <see cref="KubernetesObjectAnalyzer"/> collects the objects once and hands each to every rule.
/// </summary>
internal abstract class KubernetesRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>True for the kinds of created object the rule judges (a pod spec, a ServiceAccount, a container).</summary>
    public abstract bool AppliesTo(KubernetesObjectKind kind);

    public abstract void Analyze(CreatedObject created, RuleContext context);
}

/// <summary>What a rule may consult and where it reports.</summary>
internal sealed class RuleContext
{
    private readonly OperationAnalysisContext _context;
    // What the rules that judge one created object share (a context serves one object).
    private ObjectOwners? _owners;
    private bool _podRead;
    private CreatedObject? _pod;
    private bool _containersRead;
    private System.Collections.Generic.List<PodContainer>? _containers;

    public RuleContext(KubernetesCompilation compilation, RuleOptions options, OperationAnalysisContext context)
    {
        Compilation = compilation;
        Options = options;
        _context = context;
    }

    public KubernetesCompilation Compilation { get; }

    public RuleOptions Options { get; }

    public System.Threading.CancellationToken CancellationToken => _context.CancellationToken;

    public OptedOutServiceAccounts OptedOutServiceAccounts(CreatedObject created)
        => Compilation.GetOptedOutServiceAccounts(_context.Options, created.Creation.Syntax.SyntaxTree);

    /// <summary>The container, pod spec and workload around <paramref name="created"/> (found once, on first use).</summary>
    public ObjectOwners Owners(CreatedObject created)
        => _owners ??= ObjectOwners.OfCreation(created.Creation, created.Model, Compilation, CancellationToken);

    public KubernetesVersion KubernetesVersion(DiagnosticDescriptor rule, SyntaxTree tree) => Options.GetKubernetesVersion(tree, rule.Id);

    /// <summary>
    /// The pod spec that holds <paramref name="created"/> (a container), when the code shows its creation; read once for all
    /// the rules that judge the container.
    /// </summary>
    public CreatedObject? PodOf(CreatedObject created)
    {
        if (!_podRead)
        {
            _podRead = true;
            _pod = Owners(created).PodSpec is { } podSpec
                ? new CreatedObject(podSpec, Compilation.Types.Classify(podSpec.Type), Compilation.LaterWrites, CancellationToken)
                : null;
        }

        return _pod;
    }

    /// <summary>The containers of <paramref name="pod"/> (<see cref="PodContainers.Of"/>), read once for all the rules that judge the pod.</summary>
    public System.Collections.Generic.List<PodContainer>? ContainersOf(CreatedObject pod)
    {
        if (!_containersRead)
        {
            _containersRead = true;
            _containers = PodContainers.Of(pod, Compilation, CancellationToken);
        }

        return _containers;
    }

    /// <summary>Reports on the creation; the fix will set <paramref name="fixedProperty"/> where the analyzer read it.</summary>
    public void Report(DiagnosticDescriptor descriptor, CreatedObject created, string fixedProperty, params object?[] messageArguments)
        => _context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            created.Location,
            FixProperties.For(fixedProperty, created.Properties.ParameterFor(fixedProperty)),
            messageArguments));

    /// <summary>
    /// Reports <paramref name="rule"/> on the creation with the fix <paramref name="properties"/>, unless its workload is in a
    /// namespace listed in <c>exempt_namespaces</c>, or it is a container listed in <c>exempt_containers</c>.
    /// </summary>
    public void ReportUnlessExempt(DiagnosticDescriptor rule, CreatedObject created, ObjectOwners owners, ImmutableDictionary<string, string?> properties, params object?[] messageArguments)
    {
        var tree = created.Creation.Syntax.SyntaxTree;
        if ((owners.IsContainerLevel && owners.ContainerName is { } container && Options.GetNames(tree, rule.Id, RuleOptions.ExemptContainers).Contains(container))
            || IsNamespaceExempt(rule, tree, owners))
        {
            return;
        }

        _context.ReportDiagnostic(Diagnostic.Create(rule, created.Location, properties, messageArguments));
    }

    public bool IsNamespaceExempt(DiagnosticDescriptor rule, SyntaxTree tree, ObjectOwners owners)
        => owners.Workload?.Namespace is { } ns && Options.GetNames(tree, rule.Id, RuleOptions.ExemptNamespaces).Contains(ns);
}
