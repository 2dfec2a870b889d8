using System.Collections.Generic;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// Reads, by syntax, everything an app host does with the builder a resource-adding call returns: the fluent chain after
/// the call, the locals, fields and helper parameters it is kept in, and their chains, up to <see cref="MaxDepth"/> helpers
/// deep. What the <c>PublishAsKubernetesService</c> callbacks (lambdas, or method groups of the project) and the project
/// methods they call write is collected by member name (<c>AutomountServiceAccountToken</c>, <c>RunAsNonRoot</c>,
/// <c>Drop</c>, … — Aspire's pod has one container, so a setting written for a container is written for the pod's).
/// The one semantic model used is the call's own tree's
/// (types of <c>WithComputeEnvironment</c> arguments, whether a chained call still returns the builder, which method a
/// call binds to); other trees are read by name through <see cref="ProjectMethods"/>. Cost: the uses of each name the
/// builder is kept in, from each tree's name index. The code fix reads the same chain to know where to write.
/// </summary>
internal sealed class ResourceBuilderUses
{
    private const int MaxDepth = 4;

    private readonly AspireAppHost _appHost;
    private readonly ProjectMethods _methods;
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _written = new(System.StringComparer.Ordinal);
    private bool _notPublished;
    private bool _unknown;

    private ResourceBuilderUses(AspireAppHost appHost, ProjectMethods methods, SemanticModel model, CancellationToken cancellationToken)
    {
        _appHost = appHost;
        _methods = methods;
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// True when the resource is published to Kubernetes and everything the app host does with its builder is read: only
    /// then does an unwritten setting mean Aspire's default. False when it goes to another compute environment, is left out
    /// of the manifests, or reaches code the analyzer cannot read (a library, a delegate, a caller).
    /// </summary>
    public bool IsPublishedAndKnown => !_notPublished && !_unknown;

    /// <summary>True when some callback writes a member named <paramref name="setting"/> (assigns it, or adds to it: <c>Drop.Add("ALL")</c>).</summary>
    public bool Writes(string setting) => _written.Contains(setting);

    /// <summary>The last call of the resource-adding call's own fluent chain that still returns its builder: where a fix appends a call.</summary>
    public ExpressionSyntax ChainEnd { get; private set; } = null!;

    /// <summary>The first <c>PublishAsKubernetesService</c> lambda of that chain: where a fix adds its statements.</summary>
    public AnonymousFunctionExpressionSyntax? Callback { get; private set; }

    public static ResourceBuilderUses Read(InvocationExpressionSyntax add, AspireAppHost appHost, ProjectMethods methods, SemanticModel model, CancellationToken cancellationToken)
    {
        var uses = new ResourceBuilderUses(appHost, methods, model, cancellationToken) { ChainEnd = add };
        uses.FollowUse(add, own: true, depth: 0);
        return uses;
    }

    private bool Decided => _notPublished || _unknown;

    // A use of the builder: its fluent chain, then where the chain's value goes.
    private void FollowUse(ExpressionSyntax use, bool own, int depth, bool inHelper = false)
    {
        if (Decided)
        {
            return;
        }

        if (FollowChain(use, own, depth) is { } end && !Decided)
        {
            FollowDestination(end, depth, inHelper);
        }
    }

    // The chain of calls made on the builder; the last expression whose value is still the builder, or null when a call
    // consumed it (`cache.GetEndpoint("tcp")` returns an endpoint, not the builder).
    private ExpressionSyntax? FollowChain(ExpressionSyntax node, bool own, int depth)
    {
        while (!Decided
            && Outer(node).Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } access
            && access.Expression == Outer(node)
            && call.Expression == access)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Inspect(call, access.Name.Identifier.ValueText, own, depth);
            if (!ReturnsBuilder(call))
            {
                return null;
            }

            node = call;
            if (own)
            {
                ChainEnd = call;
            }
        }

        // A property of the builder read (`resource.Resource.Name`): the builder goes no further.
        return Outer(node).Parent is MemberAccessExpressionSyntax { Parent: not InvocationExpressionSyntax } read && read.Expression == Outer(node) ? null : Outer(node);
    }

    // One call made on the builder.
    private void Inspect(InvocationExpressionSyntax call, string name, bool own, int depth)
    {
        var arguments = call.ArgumentList.Arguments;
        switch (name)
        {
            case AspireAppHost.PublishMethod when arguments.Count == 1:
                if (!ReadCallback(arguments[0].Expression, depth))
                {
                    _unknown = true;
                }
                else if (own && Callback is null && arguments[0].Expression is AnonymousFunctionExpressionSyntax lambda)
                {
                    Callback = lambda;
                }

                return;
            case AspireAppHost.ComputeEnvironmentMethod when arguments.Count == 1:
                var environment = InOwnTree(call) ? _model.GetTypeInfo(arguments[0].Expression, _cancellationToken).Type : null;
                if (_appHost.IsKubernetesEnvironmentBuilder(environment))
                {
                    return;
                }

                // Another environment's builder (Docker Compose, Azure Container Apps): not published to Kubernetes.
                _notPublished |= _appHost.IsConcreteResourceBuilder(environment);
                _unknown |= !_notPublished;
                return;
            case AspireAppHost.ExcludeFromManifestMethod:
                _notPublished = true;
                return;
            default:
                FollowCallee(call, depth);
                return;
        }
    }

    // A call the builder is handed to (as receiver or argument): Aspire's own methods do not publish it; a project method is
    // read through its parameter; anything else is code the analyzer cannot see.
    private void FollowCallee(InvocationExpressionSyntax call, int depth, ArgumentSyntax? argument = null)
    {
        var method = Callee(call);
        if (method is null)
        {
            // Another tree's call to a library method: by its name, an Aspire builder method or not.
            _unknown |= InOwnTree(call) || !LooksLikeAspireBuilderMethod(call);
            return;
        }

        if (IsAspireMethod(method))
        {
            return;
        }

        var declared = method.ReducedFrom ?? method;
        var parameter = argument is null ? ProjectMethods.ReceiverParameter(declared) : ProjectMethods.ParameterFor(declared, call, argument)?.Name;
        if (parameter is null || depth >= MaxDepth || Body(declared) is not { } body)
        {
            _unknown = true;
            return;
        }

        // The helper's uses of its parameter; what it returns is the value the caller's chain goes on with.
        FollowName(parameter, body, declaration: null, depth + 1, inHelper: true);
    }

    private void FollowDestination(ExpressionSyntax end, int depth, bool inHelper)
    {
        switch (end.Parent)
        {
            case ExpressionStatementSyntax:
                return;
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax when inHelper:
                return;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                FollowStored(declarator.Identifier.ValueText, declarator, depth, inHelper);
                return;
            case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax } assignment when assignment.Right == end && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                if (assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
                {
                    var name = assignment.Left is MemberAccessExpressionSyntax member ? member.Name : (SimpleNameSyntax)assignment.Left;
                    FollowStored(name.Identifier.ValueText, assignment.Left, depth, inHelper);
                    return;
                }

                break;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } argument:
                FollowCallee(call, depth, argument);
                return;
        }

        // Returned to callers, yielded, put in a collection or a tuple, chosen by a conditional: where it goes is not followed.
        _unknown = true;
    }

    // The builder kept in a local (uses in its method) or a field or property (uses in every file).
    private void FollowStored(string name, SyntaxNode declaration, int depth, bool inHelper)
    {
        if (depth >= MaxDepth)
        {
            _unknown = true;
            return;
        }

        var isLocal = declaration.Parent?.Parent is LocalDeclarationStatementSyntax
            || (declaration is IdentifierNameSyntax && InOwnTree(declaration) && _model.GetSymbolInfo(declaration, _cancellationToken).Symbol is ILocalSymbol);
        if (isLocal)
        {
            FollowName(name, EnclosingBody(declaration), declaration, depth + 1, inHelper);
            return;
        }

        foreach (var tree in _model.Compilation.SyntaxTrees)
        {
            FollowName(name, tree.GetRoot(_cancellationToken), declaration, depth + 1, inHelper: false);
        }
    }

    private void FollowName(string name, SyntaxNode scope, SyntaxNode? declaration, int depth, bool inHelper = false)
    {
        foreach (var use in SyntaxNameIndex.Get(scope.SyntaxTree, _cancellationToken).Uses(name, scope.Span))
        {
            if (Decided)
            {
                return;
            }

            ExpressionSyntax node = use.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified && qualified.Name == use ? qualified : use;
            if (node == declaration || (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
                || (Outer(node).Parent is AssignmentExpressionSyntax assignment && assignment.Left == Outer(node)))
            {
                // The store itself, another object's member of the same name, or a write that replaces the builder.
                continue;
            }

            FollowUse(node, own: false, depth, inHelper);
        }
    }

    // What the callback (a lambda or a method group of the project) writes; false when it cannot be read.
    private bool ReadCallback(ExpressionSyntax callback, int depth)
    {
        var body = callback switch
        {
            AnonymousFunctionExpressionSyntax lambda => lambda.Body,
            IdentifierNameSyntax or MemberAccessExpressionSyntax => MethodGroup(callback) is { } method ? Body(method) : null,
            _ => null,
        };
        if (body is null)
        {
            return false;
        }

        CollectWrites(body, depth);
        return true;
    }

    private void CollectWrites(SyntaxNode body, int depth)
    {
        foreach (var node in body.DescendantNodesAndSelf())
        {
            if (node is AssignmentExpressionSyntax { Left: var left } && TargetName(left) is { } name)
            {
                _written.Add(name);
                continue;
            }

            if (node is not InvocationExpressionSyntax call)
            {
                continue;
            }

            // `container.SecurityContext.Capabilities.Drop.Add("ALL")`: Aspire's lists are get-only.
            if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "AddRange" or "Insert", Expression: var list } && TargetName(list) is { } listName)
            {
                _written.Add(listName);
            }

            // A project method the callback calls (with the resource, its workload or its pod spec) writes too.
            if (depth < MaxDepth && Callee(call) is { } method && !IsAspireMethod(method) && Body(method.ReducedFrom ?? method) is { } helperBody)
            {
                CollectWrites(helperBody, depth + 1);
            }
        }
    }

    private static string? TargetName(ExpressionSyntax left)
        => left switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };

    private IMethodSymbol? Callee(InvocationExpressionSyntax call)
        => InOwnTree(call)
            ? _model.GetSymbolInfo(call, _cancellationToken).Symbol as IMethodSymbol
            : _methods.Resolve(call);

    private IMethodSymbol? MethodGroup(ExpressionSyntax group)
    {
        if (InOwnTree(group))
        {
            var info = _model.GetSymbolInfo(group, _cancellationToken);
            return (info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) as IMethodSymbol;
        }

        var name = group is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((IdentifierNameSyntax)group).Identifier.ValueText;
        var named = _methods.Named(name);
        return named.Length == 1 ? named[0] : null;
    }

    private bool ReturnsBuilder(InvocationExpressionSyntax call)
        => !InOwnTree(call) || _appHost.IsResourceBuilder(_model.GetTypeInfo(call, _cancellationToken).Type);

    private bool InOwnTree(SyntaxNode node) => node.SyntaxTree == _model.SyntaxTree;

    // Aspire's own methods (a library in the Aspire namespaces: Aspire.Hosting and its integrations) never publish a builder
    // handed to them; a project's method is read whatever its namespace (integration authors write theirs in Aspire.Hosting).
    private static bool IsAspireMethod(IMethodSymbol method)
    {
        if (!method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        var ns = method.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name == "Aspire";
    }

    private static bool LooksLikeAspireBuilderMethod(InvocationExpressionSyntax call)
        => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }
           && (name.StartsWith("With", System.StringComparison.Ordinal) || name.StartsWith("WaitFor", System.StringComparison.Ordinal) || name.StartsWith("PublishAs", System.StringComparison.Ordinal));

    private SyntaxNode? Body(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var body = reference.GetSyntax(_cancellationToken) switch
            {
                BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                _ => null,
            };
            if (body is not null)
            {
                return body;
            }
        }

        return null;
    }

    private static SyntaxNode EnclosingBody(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax)
            {
                return current;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    private static ExpressionSyntax Outer(ExpressionSyntax node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = (ExpressionSyntax)node.Parent;
        }

        return node;
    }
}
