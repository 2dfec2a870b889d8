using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>What K8sGuard knows about one compilation: its object model types, its ServiceAccounts, its options.</summary>
internal sealed class KubernetesCompilation
{
    private const int RecentFlowSlots = 8;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, OptedOutServiceAccounts> _optedOutByOptionValue = new(System.StringComparer.Ordinal);
    private readonly BlockFlow?[] _recentFlows = new BlockFlow?[RecentFlowSlots];
    private readonly System.Func<ITypeSymbol?, bool> _isModelType;
    private Dictionary<string, List<ServiceAccountFact>>? _serviceAccounts;

    private KubernetesCompilation(Compilation compilation, KubernetesTypes types)
    {
        _compilation = compilation;
        Types = types;
        Methods = new ProjectMethods(compilation);
        var assignments = new ProjectAssignments(compilation, Methods);
        LaterWrites = new LaterWrites(GetBlockFlow, assignments, new CallerWrites(compilation, assignments));
        _isModelType = types.IsModelType;
        // Only a project that sees Aspire's manifest model can be an app host that publishes to Kubernetes.
        AppHost = types.Models.Contains(AspireModel.Model) ? AspireAppHost.Create(compilation) : null;
    }

    public KubernetesTypes Types { get; }

    /// <summary>The project's methods, for resolving a call by syntax.</summary>
    public ProjectMethods Methods { get; }

    /// <summary>Aspire's resource-builder and Kubernetes-environment types, when the project is an app host that can publish to Kubernetes.</summary>
    public AspireAppHost? AppHost { get; }

    /// <summary>What later statements, helpers and builder members of the project write to an object.</summary>
    public LaterWrites LaterWrites { get; }

    public static KubernetesCompilation? Create(Compilation compilation)
        => KubernetesTypes.Resolve(compilation) is { } types ? new KubernetesCompilation(compilation, types) : null;

    /// <summary>
    /// The project's ServiceAccounts by constant name, indexed on first use (by syntax: see <see cref="ServiceAccountIndex"/>);
    /// an account whose name is not constant can be no pod's, so it is not kept.
    /// </summary>
    private Dictionary<string, List<ServiceAccountFact>> GetServiceAccounts(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _serviceAccounts) is { } built)
        {
            return built;
        }

        // Not cached through Lazy<T>: a cancelled first build must not be remembered as a failure.
        var byName = new Dictionary<string, List<ServiceAccountFact>>(System.StringComparer.Ordinal);
        foreach (var fact in ServiceAccountIndex.Build(_compilation, Types, cancellationToken))
        {
            if (fact.Name is { } name)
            {
                if (!byName.TryGetValue(name, out var named))
                {
                    byName.Add(name, named = new List<ServiceAccountFact>(1));
                }

                named.Add(fact);
            }
        }

        Interlocked.CompareExchange(ref _serviceAccounts, byName, null);
        return _serviceAccounts!;
    }

    /// <summary>True when the project creates no ServiceAccount with a constant name (then no pod can rely on one of them).</summary>
    public bool HasNoServiceAccounts(CancellationToken cancellationToken) => GetServiceAccounts(cancellationToken).Count == 0;

    /// <summary>
    /// True when the project creates the account <paramref name="account"/> runs as with automounting off: some
    /// ServiceAccount it can be (same name; namespaces equal or either unknown) sets <c>false</c>, and none of
    /// the ServiceAccounts it can be leaves it on or unknown. Looked up by name: a pod costs the same however many
    /// accounts the project creates.
    /// </summary>
    public bool ServiceAccountDisablesAutomount(ServiceAccountReference account, CancellationToken cancellationToken)
    {
        if (account.Name is null || !GetServiceAccounts(cancellationToken).TryGetValue(account.Name, out var named))
        {
            return false;
        }

        var found = false;
        foreach (var serviceAccount in named)
        {
            if (serviceAccount.CanBe(account))
            {
                if (serviceAccount.Automount != AutomountSetting.False)
                {
                    return false;
                }

                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// The flow of the operation block that holds <paramref name="creation"/>, for an object held by
    /// <paramref name="storageRoot"/>; null when the block does nothing to what that holder holds.
    /// </summary>
    public BlockFlow? GetBlockFlow(IOperation creation, ISymbol storageRoot, CancellationToken cancellationToken)
        => GetFlow(creation.GetBlockRoot(), cancellationToken) is { } flow && flow.HasEventsFor(storageRoot) ? flow : null;

    /// <summary>
    /// Built on first request, by one walk of the whole block for all its objects; none is built for blocks whose
    /// objects never need one. The driver analyses a block's operations one after another on one thread, so each
    /// thread's last flow is kept for the block's next question. (A table of every block's flow cost more than the
    /// walks it saved: a dependent GC handle per block, and a lock.)
    /// </summary>
    private BlockFlow GetFlow(IOperation block, CancellationToken cancellationToken)
    {
        var slot = Thread.CurrentThread.ManagedThreadId & (RecentFlowSlots - 1);
        if (Volatile.Read(ref _recentFlows[slot]) is { } recent && recent.Block == block)
        {
            return recent;
        }

        var flow = BlockFlow.Build(block, _isModelType, cancellationToken);
        Volatile.Write(ref _recentFlows[slot], flow);
        return flow;
    }

    /// <summary>The <see cref="OptedOutServiceAccounts.OptionKey"/> option that applies to <paramref name="tree"/>.</summary>
    public OptedOutServiceAccounts GetOptedOutServiceAccounts(AnalyzerOptions options, SyntaxTree tree)
    {
        if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptedOutServiceAccounts.OptionKey, out var value))
        {
            return OptedOutServiceAccounts.None;
        }

        return _optedOutByOptionValue.GetOrAdd(value, OptedOutServiceAccounts.Parse);
    }
}
