using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using K8sGuard.Analyzers.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>A method that returns an object, and the path from what it returns down to the object ("" for the object itself).</summary>
internal readonly struct ReturnedFrom
{
    public ReturnedFrom(IMethodSymbol method, string path)
    {
        Method = method;
        Path = path;
    }

    public IMethodSymbol Method { get; }

    public string Path { get; }
}

internal enum ContinuationKind
{
    /// <summary>A call site the project holds: <see cref="Continuation.Values"/> is what it writes.</summary>
    Caller,

    /// <summary>Code outside the compilation can call the method (public API of a library, virtual or interface dispatch).</summary>
    External,

    /// <summary>Nothing in the project calls the method.</summary>
    NoCaller,

    /// <summary>A use of the method the analyzer cannot follow (a method group, a call it cannot tell from another method's).</summary>
    Unreadable,
}

/// <summary>
/// One way the story of an object a method returns goes on: at one call site (and, when that caller returns it in turn,
/// at one of its callers), or outside what the analyzer can see. The object ends with what its method gave it followed
/// by <see cref="Values"/>.
/// </summary>
internal sealed class Continuation
{
    public Continuation(ContinuationKind kind, IMethodSymbol returnedBy, string? caller, ImmutableArray<PropertyValue> values)
    {
        Kind = kind;
        ReturnedBy = returnedBy;
        Caller = caller;
        Values = values;
    }

    public ContinuationKind Kind { get; }

    /// <summary>The method whose return this continuation follows (the last one, when callers return it on).</summary>
    public IMethodSymbol ReturnedBy { get; }

    /// <summary>"Type.Member" of the caller, for a <see cref="ContinuationKind.Caller"/>.</summary>
    public string? Caller { get; }

    /// <summary>What the callers write to the field, in the order they run.</summary>
    public ImmutableArray<PropertyValue> Values { get; }

    public Continuation Prefixed(List<PropertyValue> earlier)
        => earlier.Count == 0 ? this : new Continuation(Kind, ReturnedBy, Caller, earlier.ToImmutableArray().AddRange(Values));

    /// <summary>
    /// Why a finding is at the creation although a method returns the object: " (returned by Templates.Deployment, which
    /// code outside this project can call)", " (returned by Templates.Deployment to Program.Main, which does not set it)";
    /// nothing for a method no code calls (the finding reads as for any other object).
    /// </summary>
    public string Describe()
    {
        var method = MethodName(ReturnedBy);
        return Kind switch
        {
            ContinuationKind.External => " (returned by " + method + ", which code outside this project can call)",
            ContinuationKind.Unreadable => " (returned by " + method + ", which is used where the analyzer cannot follow it)",
            ContinuationKind.Caller => " (returned by " + method + " to " + Caller + ", which does not set it)",
            _ => string.Empty,
        };
    }

    public static string MethodName(ISymbol method) => method.ContainingType is { } type ? type.Name + "." + method.Name : method.Name;
}

/// <summary>
/// What the callers of a project method write to the object it returns, read from syntax (callers sit in other
/// documents, which an analyzer must not bind): the call sites are found through each tree's <see cref="SyntaxNameIndex"/>,
/// each call resolved by <see cref="ProjectMethods"/>; a caller finishes the object through the local it keeps it in
/// (<c>var d = Templates.Deployment("api"); d.Spec.Template.Spec.AutomountServiceAccountToken = false;</c>, after
/// <c>await</c> too), a local alias, a helper it passes it to, or its own callers when it returns it on. One per compilation;
/// each method's call sites are found once.
/// </summary>
internal sealed class CallerWrites
{
    private readonly Compilation _compilation;
    private readonly ProjectAssignments _assignments;
    // The uses of each name, resolved, for every compilation of the same project (see ProjectKey).
    private static readonly PerProject<ProjectUses> UsesByProject = new();

    private readonly Dictionary<IMethodSymbol, CallSites> _callSites = new(SymbolEqualityComparer.Default);
    private ProjectUses? _projectUses;
    // The uses of the local a caller keeps a result in, by the call: the same for every field asked about.
    private readonly Dictionary<InvocationExpressionSyntax, List<SyntaxUse>> _localUses = new();

    public CallerWrites(Compilation compilation, ProjectAssignments assignments)
    {
        _compilation = compilation;
        _assignments = assignments;
    }

    private ProjectMethods Methods => _assignments.Methods;

    /// <summary>The continuations of the object at <paramref name="returned"/>'s path below what its method returns, for the field at <paramref name="relativePath"/> of it.</summary>
    public void Collect(ReturnedFrom returned, string relativePath, List<Continuation> continuations, CancellationToken cancellationToken)
        => Collect(returned.Method.OriginalDefinition, Paths.Concat(returned.Path, relativePath), continuations, new ProjectAssignments.Query(cancellationToken), depth: 0);

    private void Collect(IMethodSymbol method, string full, List<Continuation> continuations, ProjectAssignments.Query query, int depth)
    {
        if (Methods.IsCallableFromOutside(method))
        {
            continuations.Add(new Continuation(ContinuationKind.External, method, null, ImmutableArray<PropertyValue>.Empty));
            return;
        }

        var sites = CallSitesOf(method, query.CancellationToken);
        if (sites.Unattributable || depth > ProjectAssignments.MaxDepth || !query.Enter(method, "return", full))
        {
            continuations.Add(new Continuation(ContinuationKind.Unreadable, method, null, ImmutableArray<PropertyValue>.Empty));
            return;
        }

        if (sites.Calls.Count == 0)
        {
            continuations.Add(new Continuation(ContinuationKind.NoCaller, method, null, ImmutableArray<PropertyValue>.Empty));
        }

        foreach (var call in sites.Calls)
        {
            ReadCallSite(method, call, full, continuations, query, depth);
        }

        query.Leave(method, "return", full);
    }

    // What one caller does with the result: keeps it in a local (and finishes it, passes it on, or returns it), passes it
    // straight to a helper, returns it, or anything else (the object goes on as the method made it).
    private void ReadCallSite(IMethodSymbol method, InvocationExpressionSyntax call, string full, List<Continuation> continuations, ProjectAssignments.Query query, int depth)
    {
        var result = ResultOf(call);
        var body = SyntaxScopes.EnclosingBody(call);
        var caller = CallerName(call);
        var values = new List<PropertyValue>();
        switch (result.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                ReadLocal(method, LocalUses(call, body, declarator.Identifier.ValueText, declarator.Span.End, DefiniteBlockOf(declarator), query), body, caller, full, continuations, query, depth);
                return;
            case AssignmentExpressionSyntax { Left: IdentifierNameSyntax local } assignment when assignment.Right == result && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                ReadLocal(method, LocalUses(call, body, local.Identifier.ValueText, assignment.Span.End, DefiniteBlockOf(assignment), query), body, caller, full, continuations, query, depth);
                return;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } } argument:
                _assignments.Apply(new List<SyntaxUse> { new(SyntaxUseKind.Passed, string.Empty, argument) }, body, full, values, query, depth);
                break;
            case MemberAccessExpressionSyntax access when access.Expression == result && access.Parent is InvocationExpressionSyntax receiverCall && receiverCall.Expression == access:
                _assignments.Apply(new List<SyntaxUse> { new(SyntaxUseKind.Receiver, string.Empty, receiverCall) }, body, full, values, query, depth);
                break;
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax when ReturningMethod(result, body) is { } returning:
                Collect(returning, full, continuations, query, depth + 1);
                return;
        }

        continuations.Add(new Continuation(ContinuationKind.Caller, method, caller, values.ToImmutableArray()));
    }

    private List<SyntaxUse> LocalUses(InvocationExpressionSyntax call, SyntaxNode body, string local, int from, SyntaxNode? definiteBlock, ProjectAssignments.Query query)
    {
        lock (_localUses)
        {
            if (_localUses.TryGetValue(call, out var known))
            {
                return known;
            }
        }

        var uses = SyntaxUses.OfVariable(SyntaxNameIndex.Get(body.SyntaxTree, query.CancellationToken), body, local, from, definiteBlock);
        lock (_localUses)
        {
            _localUses[call] = uses;
        }

        return uses;
    }

    private void ReadLocal(IMethodSymbol method, List<SyntaxUse> uses, SyntaxNode body, string caller, string full, List<Continuation> continuations, ProjectAssignments.Query query, int depth)
    {
        var values = new List<PropertyValue>();
        _assignments.Apply(uses, body, full, values, query, depth, definiteValues: true);

        // `return d;` (or `return d.Spec;`) hands the object to this caller's own callers, after what it wrote.
        foreach (var use in uses)
        {
            if (use.Kind == SyntaxUseKind.Store)
            {
                break;
            }

            if (use.Kind == SyntaxUseKind.Returned && Paths.IsPrefix(use.Path, full) && ReturningMethod(use.Node, body) is { } returning)
            {
                var further = new List<Continuation>();
                Collect(returning, Paths.Rest(use.Path, full), further, query, depth + 1);
                foreach (var continuation in further)
                {
                    continuations.Add(continuation.Prefixed(values));
                }

                return;
            }
        }

        continuations.Add(new Continuation(ContinuationKind.Caller, method, caller, values.ToImmutableArray()));
    }

    // The call's value as the caller uses it: through `await`, `.ConfigureAwait(…)`, parentheses and `!`.
    private static ExpressionSyntax ResultOf(InvocationExpressionSyntax call)
    {
        ExpressionSyntax current = call;
        while (true)
        {
            switch (current.Parent)
            {
                case AwaitExpressionSyntax or ParenthesizedExpressionSyntax:
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    current = (ExpressionSyntax)current.Parent;
                    continue;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configured } access when access.Expression == current:
                    current = configured;
                    continue;
                default:
                    return current;
            }
        }
    }

    // Writes directly in the block that declares the local run whenever the caller does (top-level statements: the file).
    private static SyntaxNode? DefiniteBlockOf(SyntaxNode node)
    {
        var statement = node.FirstAncestorOrSelf<StatementSyntax>();
        return statement?.Parent is GlobalStatementSyntax global ? global.Parent : statement?.Parent is BlockSyntax block ? block : null;
    }

    // The method a `return` (or `=>`) in `body` returns from; null in a lambda, a local function or top-level code.
    private IMethodSymbol? ReturningMethod(SyntaxNode returnOrArrow, SyntaxNode body)
        => SyntaxNames.IsInNestedFunction(returnOrArrow, body) ? null : Methods.Declared(body);

    private static string CallerName(SyntaxNode call)
    {
        var member = SyntaxNames.EnclosingMember(call);
        var type = member?.Parent as BaseTypeDeclarationSyntax;
        var name = member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax => ".ctor",
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            _ => null,
        };

        return type is null || name is null ? "top-level code" : type.Identifier.ValueText + "." + name;
    }

    private CallSites CallSitesOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        lock (_callSites)
        {
            if (_callSites.TryGetValue(method, out var known))
            {
                return known;
            }
        }

        var sites = FindCallSites(method, cancellationToken);
        lock (_callSites)
        {
            _callSites[method] = sites;
        }

        return sites;
    }

    // Every use of the method's name in the compilation: a call that resolves to it, a call that might (unattributable),
    // or the name used as a method group (unattributable, unless a parameter or local of that name is what it means).
    private CallSites FindCallSites(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var uses = UsesOf(method.Name, cancellationToken);
        var sites = new CallSites();
        if (DeclarationOf(method) is { } declaration && uses.Calls.TryGetValue(declaration, out var calls))
        {
            sites.Calls.AddRange(calls);
        }

        sites.Unattributable = (uses.MethodGroup && !Methods.NamesOtherMembers(method.Name))
            || uses.Unresolved.Exists(call => ProjectMethods.CouldCall(call, method));
        return sites;
    }

    // A project method by its declaration: the same node in every compilation of the same trees.
    private static SyntaxNode? DeclarationOf(IMethodSymbol method)
        => method.DeclaringSyntaxReferences.Length > 0 ? method.DeclaringSyntaxReferences[0].GetSyntax() : null;

    // The uses of a name, read and resolved once for all the methods that share it (a helper name every file declares
    // would otherwise have all its uses resolved again for each of its methods), and once for the project's compilations.
    private NameUses UsesOf(string name, CancellationToken cancellationToken)
    {
        var project = _projectUses ??= UsesByProject.Get(_compilation, static _ => new ProjectUses());
        lock (project.ByName)
        {
            if (project.ByName.TryGetValue(name, out var known))
            {
                return known;
            }
        }

        var uses = new NameUses();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var use in SyntaxNameIndex.Get(tree, cancellationToken).Uses(name))
            {
                var call = use.Parent switch
                {
                    InvocationExpressionSyntax direct when direct.Expression == use => direct,
                    MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax viaMember } access when access.Name == use && viaMember.Expression == access => viaMember,
                    MemberBindingExpressionSyntax { Parent: InvocationExpressionSyntax viaBinding } => viaBinding,
                    _ => null,
                };

                if (call is null)
                {
                    uses.MethodGroup |= IsMethodGroup(use);
                }
                else if (Methods.Resolve(call)?.OriginalDefinition is { } resolved && DeclarationOf(resolved) is { } declaration)
                {
                    if (!uses.Calls.TryGetValue(declaration, out var calls))
                    {
                        uses.Calls[declaration] = calls = new List<InvocationExpressionSyntax>();
                    }

                    calls.Add(call);
                }
                else
                {
                    uses.Unresolved.Add(call);
                }
            }
        }

        lock (project.ByName)
        {
            project.ByName[name] = uses;
        }

        return uses;
    }

    // `Select(Templates.Deployment)`, `Func<V1Deployment> f = Deployment;`: the method may run anywhere. Not `nameof(M)`,
    // and not a local or parameter of the same name.
    private static bool IsMethodGroup(SimpleNameSyntax use)
    {
        SyntaxNode value = use.Parent is MemberAccessExpressionSyntax access && access.Name == use ? access : use;
        var isValue = value.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } } => false,
            ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Right == value,
            _ => false,
        };

        return isValue && !(value == use && SyntaxNames.EnclosingMember(use) is { } member && SyntaxNames.Declares(member, use.Identifier.ValueText));
    }

    private sealed class ProjectUses
    {
        public Dictionary<string, NameUses> ByName { get; } = new(System.StringComparer.Ordinal);
    }

    // Syntax only (declarations, calls), so that it holds for every compilation of the same trees.
    private sealed class NameUses
    {
        public Dictionary<SyntaxNode, List<InvocationExpressionSyntax>> Calls { get; } = new();

        public List<InvocationExpressionSyntax> Unresolved { get; } = new();

        public bool MethodGroup { get; set; }
    }

    private sealed class CallSites
    {
        public List<InvocationExpressionSyntax> Calls { get; } = new();

        public bool Unattributable { get; set; }
    }
}
