using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What the code writes to a field of an object after a given point: later statements of the block through the local,
/// parameter or parent path that holds the object (or an alias of it) until something replaces it there; methods of the
/// project the object is passed to (and the helpers they hand it on to); for an object kept in a field or property, any
/// member of the containing type (a builder); and, for an object its method returns, what each caller does with it
/// (<see cref="Continuation"/>s). One per compilation; the same answer for a creation and for an assignment.
/// </summary>
internal sealed class LaterWrites
{
    private readonly Func<IOperation, ISymbol, CancellationToken, BlockFlow?> _getFlow;
    private readonly ProjectAssignments _project;
    private readonly CallerWrites _callers;

    public LaterWrites(Func<IOperation, ISymbol, CancellationToken, BlockFlow?> getFlow, ProjectAssignments project, CallerWrites callers)
    {
        _getFlow = getFlow;
        _project = project;
        _callers = callers;
    }

    /// <summary>
    /// Adds to <paramref name="values"/> what is written, after <paramref name="at"/>, to <paramref name="relativePath"/>
    /// (property names joined by '.') of the object that <paramref name="storage"/> holds or <paramref name="passedTo"/> receives;
    /// and to <paramref name="returns"/>, when given, the methods that return the object afterwards.
    /// </summary>
    /// <remarks>With <paramref name="replacementIsAValue"/>, an object replaced in its holder afterwards counts as a value not known.</remarks>
    public void Collect(IOperation at, RootedPath? storage, PassedToMethod? passedTo, string relativePath, List<PropertyValue> values, CancellationToken cancellationToken, bool replacementIsAValue = false, List<ReturnedFrom>? returns = null)
    {
        List<PassedToMethod>? calls = null;
        if (storage is { } held)
        {
            calls = new List<PassedToMethod>();
            _getFlow(at, held.Root, cancellationToken)?.CollectAfter(held, at.Syntax.SpanStart, relativePath, values, calls, returns, replacementIsAValue);
            if (held.Root is IFieldSymbol or IPropertySymbol && held.Root.ContainingType is { } type)
            {
                // A property's backing field (`field ??= new …` in its accessor) is reached through the property's name.
                var member = held.Root is IFieldSymbol { AssociatedSymbol: IPropertySymbol property } ? property.Name : held.Root.Name;
                _project.CollectFromType(type, member, held.Path, relativePath, values, cancellationToken);
            }
        }

        if (passedTo is { } call)
        {
            _project.CollectFromMethod(call.Method, call.Parameter, call.Path, relativePath, values, cancellationToken);
        }

        if (calls is not null)
        {
            foreach (var later in calls)
            {
                _project.CollectFromMethod(later.Method, later.Parameter, later.Path, relativePath, values, cancellationToken);
            }
        }
    }

    /// <summary>How the story of an object returned from its method goes on, for <paramref name="relativePath"/> of it: one continuation per caller (or why there is none to read).</summary>
    public void CollectContinuations(List<ReturnedFrom> returns, string relativePath, List<Continuation> continuations, CancellationToken cancellationToken)
    {
        foreach (var returned in returns)
        {
            _callers.Collect(returned, relativePath, continuations, cancellationToken);
        }
    }
}
