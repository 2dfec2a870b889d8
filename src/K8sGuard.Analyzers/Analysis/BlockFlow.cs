using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What one operation block (method, accessor, initializer, top-level program) does, from a given position on, to
/// the objects reachable from one local, parameter or member (the holder): property assignments (<c>spec.X = …</c>,
/// <c>pod.Spec.X ??= …</c>), stores that replace an object (<c>spec = new …</c>, <c>pod.Spec = …</c>), aliases
/// (<c>var pod = new V1Pod { Spec = spec }</c>, <c>other = spec</c>) and calls that pass an object to a method of
/// the project. Built only when some created object needs it (most pod specs set the flag in their initializer and
/// never do), by a walk of just the statements and expressions whose text names the holder: every event about a
/// holder is an operation that names it. An alias's target holder gets a flow of its own, on request.
/// </summary>
internal sealed class BlockFlow
{
    // Only the holder's events: an alias's target has a flow of its own, so events about other roots are never read.
    private readonly List<FlowEvent> _events = new();
    private readonly Func<ITypeSymbol?, bool> _isModelType;
    private readonly Func<IOperation, ISymbol, int, CancellationToken, BlockFlow?> _flowOf;
    private readonly CancellationToken _cancellationToken;

    [ThreadStatic]
    private static Stack<IOperation>? t_pending;

    private BlockFlow(IOperation block, ISymbol holder, int since, Func<ITypeSymbol?, bool> isModelType, Func<IOperation, ISymbol, int, CancellationToken, BlockFlow?> flowOf, CancellationToken cancellationToken)
    {
        Block = block;
        Holder = holder;
        Since = since;
        _isModelType = isModelType;
        _flowOf = flowOf;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The root operation of the block.</summary>
    public IOperation Block { get; }

    /// <summary>The local, parameter or member whose objects the flow answers for.</summary>
    public ISymbol Holder { get; }

    /// <summary>Where the flow starts: it answers for objects created at or after this position.</summary>
    public int Since { get; }

    /// <summary>
    /// The positions, from <paramref name="since"/> to the end of the block, where the block's text names
    /// <paramref name="holder"/>; empty when it never does (then nothing later can reach what it holds: a field
    /// initializer, a local only returned), null when any node may name it (a Unicode escape in the text).
    /// </summary>
    public static List<int>? FindMentions(IOperation block, ISymbol holder, int since, CancellationToken cancellationToken)
    {
        var syntax = block.Syntax;
        return SourceTextSearch.FindIdentifier(syntax.SyntaxTree.GetText(cancellationToken), holder.Name, since, syntax.Span.End);
    }

    /// <summary>
    /// Walks the parts of the block that hold one of <paramref name="mentions"/> (all of it from <paramref name="since"/>
    /// on when null). <paramref name="flowOf"/> gives the flow of an alias's target holder.
    /// </summary>
    public static BlockFlow Build(
        IOperation block,
        ISymbol holder,
        int since,
        List<int>? mentions,
        Func<ITypeSymbol?, bool> isModelType,
        Func<IOperation, ISymbol, int, CancellationToken, BlockFlow?> flowOf,
        CancellationToken cancellationToken)
    {
        var flow = new BlockFlow(block, holder, since, isModelType, flowOf, cancellationToken);

        // An explicit stack over ChildOperations (Descendants() allocates an enumerator per node), kept per thread:
        // a walk never starts another (an alias's target flow is built later, when Collect asks for it).
        var pending = t_pending ??= new Stack<IOperation>(32);
        pending.Clear();
        pending.Push(block);
        try
        {
            Walk(flow, pending, since, mentions, cancellationToken);
        }
        finally
        {
            // Not kept alive by the thread: the operations belong to one compilation.
            pending.Clear();
        }

        return flow;
    }

    private static void Walk(BlockFlow flow, Stack<IOperation> pending, int since, List<int>? mentions, CancellationToken cancellationToken)
    {
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var operation = pending.Pop();
            foreach (var child in operation.ChildOperations)
            {
                if (MayHoldEvents(child, since, mentions))
                {
                    pending.Push(child);
                }
            }

            // By kind, not by interface type tests: this runs for every operation the walk visits.
            switch (operation.Kind)
            {
                case OperationKind.SimpleAssignment:
                case OperationKind.CoalesceAssignment:
                    flow.RecordAssignment((IAssignmentOperation)operation);
                    break;
                case OperationKind.VariableDeclarator:
                    flow.RecordDeclarator((IVariableDeclaratorOperation)operation);
                    break;
                case OperationKind.Argument:
                    flow.RecordArgument((IArgumentOperation)operation);
                    break;
                case OperationKind.LocalReference:
                case OperationKind.ParameterReference:
                    flow.RecordElement(operation);
                    break;
            }
        }
    }

    // A subtree can hold an event about the holder only if its text names it at or after `since`.
    private static bool MayHoldEvents(IOperation operation, int since, List<int>? mentions)
    {
        var span = operation.Syntax.FullSpan;
        if (span.End <= since)
        {
            return false;
        }

        if (mentions is null)
        {
            return true;
        }

        foreach (var at in mentions)
        {
            if (span.Start <= at && at < span.End)
            {
                return true;
            }
        }

        return false;
    }

    // A property value (any property of a model type: no list of the ones rules read), a store when an object is
    // replaced, and an alias when the value is an existing object.
    private void RecordAssignment(IAssignmentOperation assignment)
    {
        var position = assignment.Syntax.SpanStart;
        var modelValue = _isModelType(assignment.Target.Type) || _isModelType(assignment.Value.WalkDownConversions().Type);
        if (assignment.Target is IPropertyReferenceOperation { Instance: { } instance, Arguments.Length: 0 } property
            && _isModelType(property.Property.ContainingType)
            && RootedPath.TryCreate(instance, out var owner)
            && IsHolder(owner.Root))
        {
            _events.Add(FlowEvent.Set(owner.Path, position, property.Property.Name, PropertyValue.FromOperation(assignment.Value)));
        }

        if (!modelValue)
        {
            return;
        }

        if (RootedPath.TryCreate(assignment.Target, out var target) && IsHolder(target.Root))
        {
            _events.Add(FlowEvent.Store(target.Path, position));
        }

        RecordFlowOfExistingObject(assignment.Value, position);
    }

    // `var x = …`: a store into the local, and an alias when the value is an existing object.
    private void RecordDeclarator(IVariableDeclaratorOperation declarator)
    {
        if (!_isModelType(declarator.Symbol.Type))
        {
            return;
        }

        var position = declarator.Syntax.SpanStart;
        if (IsHolder(declarator.Symbol))
        {
            _events.Add(FlowEvent.Store(string.Empty, position));
        }

        if (declarator.Initializer?.Value is { } value)
        {
            RecordFlowOfExistingObject(value, position);
        }
    }

    // An existing object as an element of an array or a collection expression (`Containers = [container]`); elements of a
    // collection initializer are `Add` arguments, recorded as such.
    private void RecordElement(IOperation reference)
    {
        var element = reference.WalkUpConversions();
        if (element.Parent is IArrayInitializerOperation || element.Parent?.Syntax.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression)
        {
            if (_isModelType(reference.Type))
            {
                RecordFlowOfExistingObject(reference, reference.Syntax.SpanStart);
            }
        }
    }

    // An existing object passed as an argument: to a class-era constructor (an alias) or a method (a call).
    private void RecordArgument(IArgumentOperation argument)
    {
        if (argument.Parent is IObjectCreationOperation or IInvocationOperation && _isModelType(argument.Value.WalkDownConversions().Type))
        {
            RecordFlowOfExistingObject(argument.Value, argument.Syntax.SpanStart);
        }
    }

    /// <summary>
    /// Everything assigned to the field at <paramref name="relativePath"/> (<c>AutomountServiceAccountToken</c>,
    /// <c>SecurityContext.Privileged</c>) of the object that <paramref name="storage"/> reaches from <paramref name="since"/>
    /// on, directly or through one alias, until a store replaces the object; an object assigned to a segment of the
    /// path on the way (<c>SecurityContext = new …</c>) gives what its creation says of the rest. Also the calls that
    /// receive the object in that window (their parameter and path), for the caller to look into.
    /// </summary>
    /// <remarks>
    /// With <paramref name="replacementIsAValue"/>, a store that replaces the object (or one above it) adds a value not
    /// known: the object the caller asks about is no longer the one the holder ends with.
    /// </remarks>
    public void CollectAfter(RootedPath storage, int since, string relativePath, List<PropertyValue> values, List<PassedToMethod> calls, bool replacementIsAValue = false)
    {
        System.Diagnostics.Debug.Assert(since >= Since && SymbolEqualityComparer.Default.Equals(storage.Root, Holder), "a flow answers for its holder, from its position on");
        Collect(storage, since, relativePath, values, calls, followAliases: true, replacementIsAValue);
    }

    private void Collect(RootedPath storage, int since, string relativePath, List<PropertyValue> values, List<PassedToMethod> calls, bool followAliases, bool replacementIsAValue)
    {
        if (!IsHolder(storage.Root))
        {
            return;
        }

        var until = int.MaxValue;
        foreach (var e in _events)
        {
            // The first later store into the path or one of its parents replaces the object there.
            if (e.Kind == FlowEventKind.Store && e.Position > since && e.Position < until && IsPrefix(e.Path, storage.Path))
            {
                until = e.Position;
            }
        }

        if (replacementIsAValue && until != int.MaxValue)
        {
            values.Add(new PropertyValue(PropertyValueKind.NonConstant, null, null));
        }

        foreach (var e in _events)
        {
            if (e.Position <= since || e.Position >= until)
            {
                continue;
            }

            if (e.Kind == FlowEventKind.Set)
            {
                // A property of the object or of one below it: `x.SecurityContext.Privileged = v` answers
                // "SecurityContext.Privileged"; `x.SecurityContext = new …` answers it with what the new object says.
                if (IsPrefix(storage.Path, e.Path))
                {
                    var written = Concat(Rest(storage.Path, e.Path), e.Property!);
                    if (written == relativePath)
                    {
                        values.Add(e.Value);
                    }
                    else if (IsPrefix(written, relativePath))
                    {
                        values.Add(CreationPropertyReader.ReadPath(e.Value.Operation, Rest(written, relativePath)));
                    }
                }

                continue;
            }

            // Calls and aliases take the object along when they take it or an object above it.
            if (!IsPrefix(e.Path, storage.Path))
            {
                continue;
            }

            var rest = Rest(e.Path, storage.Path);
            switch (e.Kind)
            {
                case FlowEventKind.Call:
                    calls.Add(new PassedToMethod(e.Call!.Value.Method, e.Call.Value.Parameter, Concat(e.Call.Value.Path, rest)));
                    break;
                case FlowEventKind.Alias when followAliases:
                    // The target holder's events are in the statements that name it: its own flow.
                    var target = e.AliasTarget!.Value.Append(rest);
                    _flowOf(Block, target.Root, e.Position, _cancellationToken)?.Collect(target, e.Position, relativePath, values, calls, followAliases: false, replacementIsAValue);
                    break;
            }
        }
    }

    /// <summary>
    /// The first reference, after <paramref name="since"/>, that puts the object <paramref name="storage"/> holds into
    /// another object or holder (<c>Containers = [container]</c>, <c>spec.Containers.Add(container)</c>, <c>Spec = spec</c>),
    /// before anything replaces it; null when there is none. Walking up from it finds the objects that hold it.
    /// </summary>
    public IOperation? FirstPlacement(RootedPath storage, int since)
    {
        foreach (var e in _events)
        {
            if (e.Position <= since || !IsPrefix(e.Path, storage.Path))
            {
                continue;
            }

            if (e.Kind == FlowEventKind.Store)
            {
                return null;
            }

            if (e.Kind is FlowEventKind.Alias or FlowEventKind.Placed && e.Path == storage.Path)
            {
                return e.Reference;
            }
        }

        return null;
    }

    // `pod.Spec = spec`, `new V1Pod { Spec = spec }`, `var other = spec`, `Harden(spec)`: where an existing object goes.
    private void RecordFlowOfExistingObject(IOperation value, int position)
    {
        if (value.WalkDownConversions() is IObjectCreationOperation || !RootedPath.TryCreate(value, out var source) || !IsHolder(source.Root))
        {
            return;
        }

        var site = CreationSite.Find(value);
        if (site.Storage is { } target)
        {
            _events.Add(FlowEvent.Alias(source.Path, position, target, value));
        }
        else if (site.PassedTo is { } call)
        {
            _events.Add(FlowEvent.CallTo(source.Path, position, call));
        }
        else if (value.Parent is not IVariableInitializerOperation and not IReturnOperation)
        {
            // Into a creation that goes nowhere named (`return new V1Pod { Spec = spec }`): no later write reaches it
            // through a holder, but the objects around it are the object's owners.
            _events.Add(FlowEvent.PlacedAt(source.Path, position, value));
        }
    }

    private bool IsHolder(ISymbol root) => SymbolEqualityComparer.Default.Equals(root, Holder);

    // "" is a prefix of everything; "Spec" of "Spec.Template.Spec" but not of "SpecX".
    private static bool IsPrefix(string prefix, string path)
        => prefix.Length == 0 || (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '.'));

    private static string Rest(string prefix, string path)
        => prefix.Length == 0 ? path : path.Length == prefix.Length ? string.Empty : path.Substring(prefix.Length + 1);

    private static string Concat(string first, string second)
        => first.Length == 0 ? second : second.Length == 0 ? first : first + "." + second;

    private enum FlowEventKind
    {
        Store,
        Set,
        Alias,
        Call,
        Placed,
    }

    private sealed class FlowEvent
    {
        private FlowEvent(FlowEventKind kind, string path, int position)
        {
            Kind = kind;
            Path = path;
            Position = position;
        }

        public FlowEventKind Kind { get; }

        /// <summary>The path below the root that the event is about.</summary>
        public string Path { get; }

        public int Position { get; }

        public string? Property { get; private set; }

        public PropertyValue Value { get; private set; }

        public RootedPath? AliasTarget { get; private set; }

        public PassedToMethod? Call { get; private set; }

        /// <summary>For an alias or a placement: the reference that puts the object there.</summary>
        public IOperation? Reference { get; private set; }

        public static FlowEvent Store(string path, int position) => new(FlowEventKind.Store, path, position);

        public static FlowEvent Set(string path, int position, string property, PropertyValue value)
            => new(FlowEventKind.Set, path, position) { Property = property, Value = value };

        public static FlowEvent Alias(string path, int position, RootedPath target, IOperation reference)
            => new(FlowEventKind.Alias, path, position) { AliasTarget = target, Reference = reference };

        public static FlowEvent PlacedAt(string path, int position, IOperation reference)
            => new(FlowEventKind.Placed, path, position) { Reference = reference };

        public static FlowEvent CallTo(string path, int position, PassedToMethod call)
            => new(FlowEventKind.Call, path, position) { Call = call };
    }
}
