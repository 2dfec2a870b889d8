using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What one operation block (method, accessor, initializer, top-level program) does to the objects reachable from its
/// locals, parameters and members (the holders): property assignments (<c>spec.X = …</c>, <c>pod.Spec.X ??= …</c>), stores
/// that replace an object (<c>spec = new …</c>, <c>pod.Spec = …</c>), aliases (<c>var pod = new V1Pod { Spec = spec }</c>,
/// <c>other = spec</c>) and calls that pass an object to a method of the project. Built on first need by one walk of the
/// whole block, for every holder at once, so a block's cost is linear in its size however many objects it creates; each
/// holder's events are kept in source order, and a question reads only the events of its holder from its position on.
/// </summary>
/// <remarks>
/// Only code that can run counts: statements after a <c>return</c>, <c>throw</c> or jump, the branch a constant condition
/// never takes, and the bodies of local functions never called and of lambdas kept in locals never invoked are left out.
/// A write that runs whenever the block reaches it (no condition, loop, <c>try</c>, <c>??=</c> or function around it) is
/// <see cref="PropertyValue.Replaces">definite</see>: it replaces what was written before it.
/// </remarks>
internal sealed class BlockFlow
{
    private static readonly List<FlowEvent> NoEvents = new();

    // Each holder's events, in source order.
    private readonly Dictionary<ISymbol, List<FlowEvent>> _events = new(SymbolEqualityComparer.Default);
    private readonly Func<ITypeSymbol?, bool> _isModelType;

    // While walking: the functions (local functions, lambdas kept in locals) whose bodies run only when called, and the
    // calls of them; events in a function no live code calls are dropped at the end.
    private readonly List<FunctionScope> _scopes = new() { new FunctionScope(null, -1) };
    private readonly List<(int FromScope, ISymbol Function)> _activations = new();

    [ThreadStatic]
    private static Stack<PendingOperation>? t_pending;

    private BlockFlow(IOperation block, Func<ITypeSymbol?, bool> isModelType)
    {
        Block = block;
        _isModelType = isModelType;
    }

    /// <summary>The root operation of the block.</summary>
    public IOperation Block { get; }

    /// <summary>Walks the whole block once and records every holder's events.</summary>
    public static BlockFlow Build(IOperation block, Func<ITypeSymbol?, bool> isModelType, CancellationToken cancellationToken)
    {
        var flow = new BlockFlow(block, isModelType);

        // An explicit stack over ChildOperations (Descendants() allocates an enumerator per node), kept per thread: a
        // walk never starts another.
        var pending = t_pending ??= new Stack<PendingOperation>(32);
        pending.Clear();
        pending.Push(new PendingOperation(block, conditional: false, scope: 0));
        try
        {
            flow.Walk(pending, cancellationToken);
        }
        finally
        {
            // Not kept alive by the thread: the operations belong to one compilation.
            pending.Clear();
        }

        flow.DropUncalledFunctionsAndSort();
        return flow;
    }

    /// <summary>True when the block does anything to what <paramref name="holder"/> holds.</summary>
    public bool HasEventsFor(ISymbol holder) => _events.ContainsKey(holder);

    private void Walk(Stack<PendingOperation> pending, CancellationToken cancellationToken)
    {
        var sequence = 0;
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (operation, conditional, scope) = pending.Pop();
            PushLiveChildren(operation, conditional, scope, pending);

            // By kind, not by interface type tests: this runs for every operation of the block.
            switch (operation.Kind)
            {
                case OperationKind.SimpleAssignment:
                case OperationKind.CoalesceAssignment:
                    RecordAssignment((IAssignmentOperation)operation, conditional, scope, ref sequence);
                    break;
                case OperationKind.VariableDeclarator:
                    RecordDeclarator((IVariableDeclaratorOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.Argument:
                    RecordArgument((IArgumentOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.LocalReference:
                    RecordLocalReference((ILocalReferenceOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.ParameterReference:
                    RecordElement(operation, scope, ref sequence);
                    break;
                case OperationKind.Return:
                    RecordReturn((IReturnOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.Loop when operation is IForEachLoopOperation loop:
                    RecordForEach(loop, scope, ref sequence);
                    break;
                case OperationKind.Invocation when ((IInvocationOperation)operation).TargetMethod is { MethodKind: MethodKind.LocalFunction } called:
                    _activations.Add((scope, called.OriginalDefinition));
                    break;
                case OperationKind.Invocation when ((IInvocationOperation)operation).TargetMethod.Name == "ForEach":
                    RecordForEachCall((IInvocationOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.Invocation when ((IInvocationOperation)operation).TargetMethod.Name is "Add" or "AddRange" or "Insert" or "InsertRange":
                    RecordAppend((IInvocationOperation)operation, scope, ref sequence);
                    break;
                case OperationKind.Invocation when ((IInvocationOperation)operation) is { Instance: { } receiver } call
                    && _isModelType(receiver.WalkDownConversions().Type)
                    && ProjectMethods.ExtensionBlockParameter(call.TargetMethod) is not null:
                    // `spec.WithoutToken()` on a C# 14 extension member: the receiver is handed to the member's block parameter.
                    RecordFlowOfExistingObject(receiver, call.Syntax.SpanStart, scope, ref sequence);
                    break;
                case OperationKind.MethodReference when ((IMethodReferenceOperation)operation).Method is { MethodKind: MethodKind.LocalFunction } referenced:
                    // A local function turned into a delegate may run whenever that delegate does.
                    _activations.Add((scope, referenced.OriginalDefinition));
                    break;
            }
        }
    }

    // The children that can run, with whether they run only under a condition and in which function. By kind first: most
    // operations are none of the special ones, and an interface type test per operation cost more than the walk's reads.
    private void PushLiveChildren(IOperation operation, bool conditional, int scope, Stack<PendingOperation> pending)
    {
        switch (operation.Kind)
        {
            case OperationKind.Block:
                // Statements after one that always leaves the block never run (a label makes the rest reachable again); a
                // local function declared there runs when it is called.
                var unreachable = false;
                foreach (var statement in ((IBlockOperation)operation).Operations)
                {
                    unreachable &= statement.Kind != OperationKind.Labeled;
                    if (!unreachable || statement.Kind == OperationKind.LocalFunction)
                    {
                        pending.Push(new PendingOperation(statement, conditional, scope));
                        unreachable |= ControlFlowFacts.AlwaysLeaves(statement);
                    }
                }

                return;
            case OperationKind.Conditional when ((IConditionalOperation)operation) is { Condition.ConstantValue: { HasValue: true, Value: bool taken } } constant:
                // `if (false) { … }`: only the branch the constant condition takes.
                pending.Push(new PendingOperation(constant.Condition, conditional, scope));
                if ((taken ? constant.WhenTrue : constant.WhenFalse) is { } branch)
                {
                    pending.Push(new PendingOperation(branch, conditional, scope));
                }

                return;
            case OperationKind.Loop when operation is IWhileLoopOperation { Condition.ConstantValue: { HasValue: true, Value: false }, ConditionIsTop: true }:
                return;
            case OperationKind.LocalFunction:
                PushFunctionBody(operation, ((ILocalFunctionOperation)operation).Symbol.OriginalDefinition, scope, pending);
                return;
            case OperationKind.AnonymousFunction when InvokedThrough((IAnonymousFunctionOperation)operation) is { } local:
                PushFunctionBody(operation, local, scope, pending);
                return;
        }

        var childrenConditional = conditional || !ControlFlowFacts.RunsItsChildrenUnconditionally(operation);
        foreach (var child in operation.ChildOperations)
        {
            pending.Push(new PendingOperation(child, childrenConditional, scope));
        }
    }

    // A function's body runs when (and each time) the function is called: a scope of its own, its writes never definite.
    private void PushFunctionBody(IOperation function, ISymbol calledAs, int scope, Stack<PendingOperation> pending)
    {
        _scopes.Add(new FunctionScope(calledAs, scope));
        var inner = _scopes.Count - 1;
        foreach (var child in function.ChildOperations)
        {
            pending.Push(new PendingOperation(child, conditional: true, inner));
        }
    }

    // `Action harden = () => …;`: a lambda kept in a local runs only if the local is invoked (or handed on).
    private static ILocalSymbol? InvokedThrough(IAnonymousFunctionOperation lambda)
    {
        var delegateCreation = lambda.Parent is IDelegateCreationOperation creation ? creation.WalkUpConversions() : null;
        return delegateCreation?.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == delegateCreation => local.Local,
            _ => null,
        };
    }

    // Events of functions that no live code calls are dropped; then each holder's events are put in source order (the walk
    // visits siblings last to first).
    private void DropUncalledFunctionsAndSort()
    {
        var live = new bool[_scopes.Count];
        live[0] = true;
        for (var changed = _scopes.Count > 1; changed;)
        {
            changed = false;
            foreach (var (from, function) in _activations)
            {
                if (!live[from])
                {
                    continue;
                }

                for (var i = 1; i < _scopes.Count; i++)
                {
                    if (!live[i] && live[_scopes[i].Parent] && SymbolEqualityComparer.Default.Equals(_scopes[i].CalledAs, function))
                    {
                        live[i] = changed = true;
                    }
                }
            }
        }

        foreach (var events in _events.Values)
        {
            if (_scopes.Count > 1)
            {
                events.RemoveAll(e => !live[e.Scope]);
            }

            events.Sort(static (x, y) => x.Position != y.Position ? x.Position.CompareTo(y.Position) : x.Sequence.CompareTo(y.Sequence));
        }
    }

    private void Add(ISymbol holder, FlowEvent e)
    {
        if (!_events.TryGetValue(holder, out var events))
        {
            events = new List<FlowEvent>();
            _events.Add(holder, events);
        }

        events.Add(e);
    }

    private List<FlowEvent> EventsOf(ISymbol holder) => _events.TryGetValue(holder, out var events) ? events : NoEvents;

    // The index of the first event after `since`.
    private static int FirstAfter(List<FlowEvent> events, int since)
    {
        var (low, high) = (0, events.Count);
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (events[middle].Position <= since)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A property value (any property of a model type: no list of the ones rules read), a store when an object is
    // replaced, and an alias when the value is an existing object.
    private void RecordAssignment(IAssignmentOperation assignment, bool conditional, int scope, ref int sequence)
    {
        var position = assignment.Syntax.SpanStart;
        var modelValue = _isModelType(assignment.Target.Type) || _isModelType(assignment.Value.WalkDownConversions().Type);
        if (assignment.Target is IPropertyReferenceOperation { Instance: { } instance, Arguments.Length: 0 } property
            && _isModelType(property.Property.ContainingType)
            && RootedPath.TryCreate(instance, out var owner))
        {
            // `x.P ??= v` writes only when nothing was there: never definite.
            var definite = !conditional && scope == 0 && assignment.Kind == OperationKind.SimpleAssignment;
            var value = PropertyValue.FromOperation(assignment.Value).AsDefinite(definite);
            Add(owner.Root, FlowEvent.Set(owner.Path, position, sequence++, scope, property.Property.Name, value));
        }
        else if (assignment.Target is IDynamicMemberReferenceOperation { Instance: ILocalReferenceOperation dynamicLocal } member
            && RootedPath.TryCreate(dynamicLocal, out var dynamicOwner))
        {
            // `d.AutomountServiceAccountToken = false` through `dynamic d = spec;`: the member by its name (never definite).
            Add(dynamicOwner.Root, FlowEvent.Set(dynamicOwner.Path, position, sequence++, scope, member.MemberName, PropertyValue.FromOperation(assignment.Value)));
        }

        if (!modelValue)
        {
            return;
        }

        if (RootedPath.TryCreate(assignment.Target, out var target))
        {
            Add(target.Root, FlowEvent.Store(target.Path, position, sequence++, scope));
        }

        RecordFlowOfExistingObject(assignment.Value, position, scope, ref sequence);
    }

    // `spec.Containers.Add(c)`, `caps.Drop.Add("ALL")`: the list a property of a model object holds gains elements.
    private void RecordAppend(IInvocationOperation call, int scope, ref int sequence)
    {
        if (call.Instance?.WalkDownConversions() is IPropertyReferenceOperation { Arguments.Length: 0, Instance: { } instance } list
            && _isModelType(list.Property.ContainingType)
            && RootedPath.TryCreate(instance, out var owner))
        {
            Add(owner.Root, FlowEvent.Set(owner.Path, call.Syntax.SpanStart, sequence++, scope, list.Property.Name, PropertyValue.Appended(call)));
        }
    }

    // `var x = …`: a store into the local, and an alias when the value is an existing object.
    private void RecordDeclarator(IVariableDeclaratorOperation declarator, int scope, ref int sequence)
    {
        // `dynamic d = spec;` aliases the object like a typed local would.
        if (!_isModelType(declarator.Symbol.Type)
            && !(declarator.Symbol.Type?.TypeKind == TypeKind.Dynamic && declarator.Initializer?.Value is { } dynamicValue && _isModelType(dynamicValue.WalkDownConversions().Type)))
        {
            return;
        }

        var position = declarator.Syntax.SpanStart;
        Add(declarator.Symbol, FlowEvent.Store(string.Empty, position, sequence++, scope));
        if (declarator.Initializer?.Value is { } value)
        {
            RecordFlowOfExistingObject(value, position, scope, ref sequence);
        }
    }

    // `return pod;` from the method itself: its callers may finish what the holder holds.
    private void RecordReturn(IReturnOperation returned, int scope, ref int sequence)
    {
        if (scope == 0
            && returned.ReturnedValue is { } value
            && _isModelType(value.WalkDownConversions().Type)
            && RootedPath.TryCreate(value, out var source)
            && CreationSite.ReturningMethod(returned) is { } method)
        {
            Add(source.Root, FlowEvent.ReturnedBy(source.Path, returned.Syntax.SpanStart, sequence++, scope, method));
        }
    }

    // A model object, or a list or array of them (`Hardening.All(deployments)` hands on every element).
    private bool HoldsModelObjects(ITypeSymbol? type) => _isModelType(type) || type switch
    {
        IArrayTypeSymbol array => _isModelType(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } generic => _isModelType(generic.TypeArguments[0]) && MemberNames.IsCollection(generic),
        _ => false,
    };

    // `foreach (var d in deployments)`: the loop variable is each element in turn, so what the body writes through it is
    // written to every element (never definitely: the body runs under the loop).
    private void RecordForEach(IForEachLoopOperation loop, int scope, ref int sequence)
    {
        if (loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: { } element }
            && _isModelType(element.Type)
            && RootedPath.TryCreate(loop.Collection.WalkDownConversions(), out var collection))
        {
            // Placed after `in …`: the loop variable's own declaration (a store into it) comes before.
            Add(collection.Root, FlowEvent.Alias(Paths.Concat(collection.Path, RootedPath.Element), loop.Collection.Syntax.Span.End, sequence++, scope, new RootedPath(element, string.Empty), loop.Collection));
        }
    }

    // `deployments.ForEach(d => …)` (List<T>.ForEach, or any ForEach taking a one-parameter lambda): its parameter is each element.
    private void RecordForEachCall(IInvocationOperation call, int scope, ref int sequence)
    {
        if (call.Instance is { } instance
            && call.Arguments.Length == 1
            && call.Arguments[0].Value.WalkDownConversions() is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters: { Length: 1 } parameters } }
            && parameters[0] is var element
            && _isModelType(element.Type)
            && RootedPath.TryCreate(instance, out var collection))
        {
            Add(collection.Root, FlowEvent.Alias(Paths.Concat(collection.Path, RootedPath.Element), call.Syntax.SpanStart, sequence++, scope, new RootedPath(element, string.Empty), instance));
        }
    }

    // A delegate kept in a local runs when the local is invoked or handed on (anything but being assigned).
    private void RecordLocalReference(ILocalReferenceOperation reference, int scope, ref int sequence)
    {
        if (reference.Local.Type?.TypeKind == TypeKind.Delegate
            && !(reference.Parent is IAssignmentOperation assignment && assignment.Target == reference))
        {
            _activations.Add((scope, reference.Local));
            return;
        }

        RecordElement(reference, scope, ref sequence);
    }

    // An existing object as an element of an array or a collection expression (`Containers = [container]`); elements of a
    // collection initializer are `Add` arguments, recorded as such.
    private void RecordElement(IOperation reference, int scope, ref int sequence)
    {
        var element = reference.WalkUpConversions();
        if (element.Parent is IArrayInitializerOperation || element.Parent?.Syntax.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression)
        {
            if (_isModelType(reference.Type))
            {
                RecordFlowOfExistingObject(reference, reference.Syntax.SpanStart, scope, ref sequence);
            }
        }
    }

    // An existing object passed as an argument: to a class-era constructor (an alias) or a method (a call).
    private void RecordArgument(IArgumentOperation argument, int scope, ref int sequence)
    {
        if (argument.Parent is IObjectCreationOperation or IInvocationOperation && HoldsModelObjects(argument.Value.WalkDownConversions().Type))
        {
            RecordFlowOfExistingObject(argument.Value, argument.Syntax.SpanStart, scope, ref sequence);
        }
    }

    /// <summary>
    /// Everything assigned to the field at <paramref name="relativePath"/> (<c>AutomountServiceAccountToken</c>,
    /// <c>SecurityContext.Privileged</c>) of the object that <paramref name="storage"/> reaches after <paramref name="since"/>,
    /// directly or through one alias, until a store replaces the object, in source order; an object assigned to a segment
    /// of the path on the way (<c>SecurityContext = new …</c>) gives what its creation says of the rest. Also the calls
    /// that receive the object in that window (their parameter and path), for the caller to look into.
    /// </summary>
    /// <remarks>
    /// With <paramref name="replacementIsAValue"/>, a store that replaces the object (or one above it) adds a value not
    /// known: the object the caller asks about is no longer the one the holder ends with.
    /// </remarks>
    public void CollectAfter(RootedPath storage, int since, string relativePath, List<PropertyValue> values, List<PassedToMethod> calls, List<ReturnedFrom>? returns = null, bool replacementIsAValue = false)
        => Collect(storage, since, relativePath, values, calls, returns, followAliases: true, replacementIsAValue);

    private void Collect(RootedPath storage, int since, string relativePath, List<PropertyValue> values, List<PassedToMethod> calls, List<ReturnedFrom>? returns, bool followAliases, bool replacementIsAValue)
    {
        var events = EventsOf(storage.Root);
        var start = FirstAfter(events, since);

        // The first later store into the path or one of its parents replaces the object there: the window ends.
        var until = int.MaxValue;
        for (var i = start; i < events.Count; i++)
        {
            if (events[i].Kind == FlowEventKind.Store && Paths.IsPrefix(events[i].Path, storage.Path))
            {
                until = events[i].Position;
                break;
            }
        }

        for (var i = start; i < events.Count && events[i].Position < until; i++)
        {
            var e = events[i];
            if (e.Kind == FlowEventKind.Set)
            {
                // A property of the object or of one below it: `x.SecurityContext.Privileged = v` answers
                // "SecurityContext.Privileged"; `x.SecurityContext = new …` answers it with what the new object says.
                if (Paths.IsPrefix(storage.Path, e.Path))
                {
                    var written = Paths.Concat(Paths.Rest(storage.Path, e.Path), e.Property!);
                    if (written == relativePath)
                    {
                        values.Add(e.Value);
                    }
                    else if (Paths.IsPrefix(written, relativePath) && !e.Value.Appends)
                    {
                        // (What an added element holds is that element's own story, not the list's.)
                        values.Add(CreationPropertyReader.ReadPath(e.Value.Operation, Paths.Rest(written, relativePath)).AsDefinite(e.Value.Replaces));
                    }
                }

                continue;
            }

            // Calls and aliases take the object along when they take it or an object above it.
            if (!Paths.IsPrefix(e.Path, storage.Path))
            {
                continue;
            }

            var rest = Paths.Rest(e.Path, storage.Path);
            switch (e.Kind)
            {
                case FlowEventKind.Call:
                    calls.Add(new PassedToMethod(e.Call!.Value.Method, e.Call.Value.Parameter, Paths.Concat(e.Call.Value.Path, rest)));
                    break;
                case FlowEventKind.Alias when followAliases:
                    Collect(e.AliasTarget!.Value.Append(rest), e.Position, relativePath, values, calls, returns, followAliases: false, replacementIsAValue);
                    break;
                case FlowEventKind.Returned when returns is not null:
                    returns.Add(new ReturnedFrom(e.ReturningMethod!, rest));
                    break;
            }
        }

        if (replacementIsAValue && until != int.MaxValue)
        {
            values.Add(new PropertyValue(PropertyValueKind.NonConstant, null, null));
        }
    }

    /// <summary>
    /// The first reference, after <paramref name="since"/>, that puts the object <paramref name="storage"/> holds into
    /// another object or holder (<c>Containers = [container]</c>, <c>spec.Containers.Add(container)</c>, <c>Spec = spec</c>),
    /// before anything replaces it; null when there is none. Walking up from it finds the objects that hold it.
    /// </summary>
    public IOperation? FirstPlacement(RootedPath storage, int since)
    {
        var events = EventsOf(storage.Root);
        for (var i = FirstAfter(events, since); i < events.Count; i++)
        {
            var e = events[i];
            if (!Paths.IsPrefix(e.Path, storage.Path))
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
    private void RecordFlowOfExistingObject(IOperation value, int position, int scope, ref int sequence)
    {
        if (value.WalkDownConversions() is IObjectCreationOperation || !RootedPath.TryCreate(value, out var source))
        {
            return;
        }

        var site = CreationSite.Find(value);
        if (site.Storage is { } target)
        {
            Add(source.Root, FlowEvent.Alias(source.Path, position, sequence++, scope, target, value));
        }
        else if (site.PassedTo is { } call)
        {
            Add(source.Root, FlowEvent.CallTo(source.Path, position, sequence++, scope, call));
        }
        else if (value.Parent is not IVariableInitializerOperation and not IReturnOperation)
        {
            // Into a creation that goes nowhere named (`return new V1Pod { Spec = spec }`): no later write reaches it
            // through a holder, but the objects around it are the object's owners.
            Add(source.Root, FlowEvent.PlacedAt(source.Path, position, sequence++, scope, value));
        }
    }

    private readonly struct PendingOperation
    {
        public PendingOperation(IOperation operation, bool conditional, int scope)
        {
            Operation = operation;
            Conditional = conditional;
            Scope = scope;
        }

        public IOperation Operation { get; }

        /// <summary>True when the operation runs only under a condition, in a loop or a <c>try</c>, or in a function.</summary>
        public bool Conditional { get; }

        /// <summary>The function scope it runs in (0: the block itself).</summary>
        public int Scope { get; }

        public void Deconstruct(out IOperation operation, out bool conditional, out int scope)
            => (operation, conditional, scope) = (Operation, Conditional, Scope);
    }

    // A local function or a lambda kept in a local: its body runs when `CalledAs` is called from live code of `Parent`.
    private readonly struct FunctionScope
    {
        public FunctionScope(ISymbol? calledAs, int parent)
        {
            CalledAs = calledAs;
            Parent = parent;
        }

        public ISymbol? CalledAs { get; }

        public int Parent { get; }
    }

    private enum FlowEventKind
    {
        Store,
        Set,
        Alias,
        Call,
        Placed,
        Returned,
    }

    private sealed class FlowEvent
    {
        private FlowEvent(FlowEventKind kind, string path, int position, int sequence, int scope)
        {
            Kind = kind;
            Path = path;
            Position = position;
            Sequence = sequence;
            Scope = scope;
        }

        public FlowEventKind Kind { get; }

        /// <summary>The path below the root that the event is about.</summary>
        public string Path { get; }

        public int Position { get; }

        /// <summary>The order the walk recorded it in: keeps events of one position in a stable order.</summary>
        public int Sequence { get; }

        /// <summary>The function scope it happens in.</summary>
        public int Scope { get; }

        public string? Property { get; private set; }

        public PropertyValue Value { get; private set; }

        public RootedPath? AliasTarget { get; private set; }

        public PassedToMethod? Call { get; private set; }

        public IMethodSymbol? ReturningMethod { get; private set; }

        /// <summary>For an alias or a placement: the reference that puts the object there.</summary>
        public IOperation? Reference { get; private set; }

        public static FlowEvent Store(string path, int position, int sequence, int scope) => new(FlowEventKind.Store, path, position, sequence, scope);

        public static FlowEvent Set(string path, int position, int sequence, int scope, string property, PropertyValue value)
            => new(FlowEventKind.Set, path, position, sequence, scope) { Property = property, Value = value };

        public static FlowEvent Alias(string path, int position, int sequence, int scope, RootedPath target, IOperation reference)
            => new(FlowEventKind.Alias, path, position, sequence, scope) { AliasTarget = target, Reference = reference };

        public static FlowEvent PlacedAt(string path, int position, int sequence, int scope, IOperation reference)
            => new(FlowEventKind.Placed, path, position, sequence, scope) { Reference = reference };

        public static FlowEvent ReturnedBy(string path, int position, int sequence, int scope, IMethodSymbol method)
            => new(FlowEventKind.Returned, path, position, sequence, scope) { ReturningMethod = method };

        public static FlowEvent CallTo(string path, int position, int sequence, int scope, PassedToMethod call)
            => new(FlowEventKind.Call, path, position, sequence, scope) { Call = call };
    }
}
