using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>A call that receives an object: the method, the parameter, and the path from the argument to the object.</summary>
internal readonly struct PassedToMethod
{
    public PassedToMethod(IMethodSymbol method, string parameter, string path)
    {
        Method = method;
        Parameter = parameter;
        Path = path;
    }

    /// <summary>The method; for a primary constructor, its type's members read the parameter.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The name of the parameter that receives it (an extension block's parameter for the receiver of an extension member).</summary>
    public string Parameter { get; }

    /// <summary>Property path from the parameter's object down to the tracked object ("" when it is the argument itself).</summary>
    public string Path { get; }
}

/// <summary>
/// Where a value ends up: the local, parameter or member (plus property path) through which later statements
/// can reach it, or the method it is passed to. Found by walking up the operation tree; nothing is allocated
/// for a value that ends up nowhere named, which is most of them.
/// </summary>
internal readonly struct CreationSite
{
    private CreationSite(RootedPath? storage, PassedToMethod? passedTo, ReturnedFrom? returned = null)
    {
        Storage = storage;
        PassedTo = passedTo;
        Returned = returned;
    }

    /// <summary>
    /// The rooted path that holds the object after the statement, e.g. <c>deployment</c> + <c>Spec.Template.Spec</c>
    /// for a pod spec nested in <c>var deployment = new V1Deployment { … }</c>; null when nothing named holds it.
    /// </summary>
    public RootedPath? Storage { get; }

    /// <summary>The source method the object (or an object holding it) is passed to as an argument, if any.</summary>
    public PassedToMethod? PassedTo { get; }

    /// <summary>The method that returns the object (or an object holding it), with the path from what it returns down to the object.</summary>
    public ReturnedFrom? Returned { get; }

    [System.ThreadStatic]
    private static List<string>? t_scratchNames;

    /// <summary>Follows <paramref name="value"/> (a creation, or a reference to an existing object) up to where it is stored.</summary>
    public static CreationSite Find(IOperation value)
    {
        // One walk, its names into this thread's scratch list: only a value that ends somewhere named gets a path string.
        var names = t_scratchNames ??= new List<string>();
        names.Clear();
        var end = Walk(value, names, enclosing: null, out var depth);
        var path = string.Empty;
        if (depth > 0 && end != End.Nowhere)
        {
            names.Reverse();
            path = string.Join(".", names);
        }

        switch (end)
        {
            case End.Passed passed:
                return new CreationSite(null, new PassedToMethod(passed.Method, passed.Parameter, path));
            case End.Stored stored:
                return new CreationSite(stored.Target.Append(path), null);
            case End.Returned returned:
                return new CreationSite(null, null, new ReturnedFrom(returned.Method, path));
            default:
                return default;
        }
    }

    /// <summary>The creations whose initializers or constructor arguments hold <paramref name="value"/>, innermost first.</summary>
    public static List<IObjectCreationOperation> FindEnclosingCreations(IOperation value)
    {
        var enclosing = new List<(IObjectCreationOperation Creation, int Depth)>();
        Walk(value, path: null, enclosing, out _);
        var creations = new List<IObjectCreationOperation>(enclosing.Count);
        foreach (var (creation, _) in enclosing)
        {
            creations.Add(creation);
        }

        return creations;
    }

    /// <summary>
    /// The creations that hold <paramref name="value"/>, innermost first, each with the property of it through which the
    /// inner object is reached (<c>Containers</c> for a container in <c>new V1PodSpec { Containers = [c] }</c>), and how the
    /// walk ends: the rooted path that holds the outermost one (<paramref name="value"/> itself when none encloses it), if any.
    /// </summary>
    public static List<(IObjectCreationOperation Creation, string Through)> FindEnclosingWithProperties(IOperation value, out RootedPath? storage)
    {
        var names = new List<string>();
        var enclosing = new List<(IObjectCreationOperation Creation, int Depth)>();
        var end = Walk(value, names, enclosing, out var walked);
        storage = null;
        if (end is End.Stored stored)
        {
            // Where the outermost creation is: the holder, and the names the walk added above that creation.
            var above = enclosing.Count == 0 ? 0 : enclosing[enclosing.Count - 1].Depth;
            var suffix = new List<string>();
            for (var i = walked - 1; i >= above; i--)
            {
                suffix.Add(names[i]);
            }

            storage = stored.Target.Append(string.Join(".", suffix));
        }
        var result = new List<(IObjectCreationOperation, string)>(enclosing.Count);
        foreach (var (creation, depth) in enclosing)
        {
            // The innermost real name below this creation: skip the element segments of the collections in between.
            var through = string.Empty;
            for (var i = depth - 1; i >= 0; i--)
            {
                if (names[i] != RootedPath.Element)
                {
                    through = names[i];
                    break;
                }
            }

            result.Add((creation, through));
        }

        return result;
    }

    /// <summary>A method whose body this project compiles (one call deep is as far as helpers are followed).</summary>
    public static bool IsSourceMethod(IMethodSymbol method)
        => !method.DeclaringSyntaxReferences.IsEmpty && method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.LocalFunction;

    // Walks up from the value through everything that holds the same object or an object containing it, adding
    // property names (innermost first) to `path` and enclosing creations to `enclosing` when they are given.
    private static End Walk(IOperation value, List<string>? path, List<(IObjectCreationOperation Creation, int Depth)>? enclosing, out int depth)
    {
        depth = 0;
        var current = value;
        while (true)
        {
            switch (current.Parent)
            {
                // The same object flows through: conversions, `with` on it, `a ?? b`, `c ? a : b`, switch arms.
                case IConversionOperation or ICoalesceOperation:
                case IWithOperation with when with.Operand == current:
                case IConditionalOperation conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                    current = current.Parent;
                    continue;

                // `var (api, worker) = (new V1PodSpec(), new V1PodSpec());`: the element goes to the variable at its place.
                case ITupleOperation tuple when DeconstructedInto(tuple, current) is { } variable:
                    return RootedPath.TryCreate(variable, out var deconstructed) ? new End.Stored(deconstructed) : End.Nowhere;

                // `(Spec: new V1PodSpec(), Name: "api")`: the element is the tuple's field at its place (ItemN, whatever its name).
                case ITupleOperation { Type: INamedTypeSymbol { IsTupleType: true } tupleType } tuple when tuple.Elements.IndexOf(current) is var index and >= 0 && index < tupleType.TupleElements.Length:
                    depth++;
                    path?.Add(RootedPath.TupleField(tupleType.TupleElements[index]));
                    current = tuple;
                    continue;

                case ISwitchExpressionArmOperation arm when arm.Value == current && arm.Parent is not null:
                    current = arm.Parent;
                    continue;

                // A primary constructor's parameter of a project type (`new Hardener(spec)`): its members read it.
                case IArgumentOperation { Parameter: { } captured, Parent: IObjectCreationOperation { Constructor: { } constructor } }
                    when ProjectMethods.IsPrimaryConstructor(constructor) && !constructor.ContainingType.IsRecord:
                    return new End.Passed(constructor, captured.Name);

                // The receiver of a C# 14 extension member (`spec.WithoutToken()` in `extension(V1PodSpec spec) { … }`).
                case IInvocationOperation { Instance: { } receiver } call when receiver == current && ProjectMethods.ExtensionBlockParameter(call.TargetMethod) is { } extended:
                    return new End.Passed(call.TargetMethod, extended);

                // Class-era constructor argument: `new V1Pod(spec: new V1PodSpec(…))` stores it in the property Spec.
                case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation constructed }:
                    depth++;
                    // A positional record's parameter is the property of the same name.
                    path?.Add(constructed.Type is { IsRecord: true } ? parameter.Name : MemberNames.PascalCase(parameter.Name));
                    enclosing?.Add((constructed, depth));
                    current = constructed;
                    continue;

                // An element of a collection: `new[] { c }`, a params array, `new List<V1Container> { c }`, `Containers = { c }`,
                // `spec.Containers.Add(c)`, `[c]`. The path gets the element segment once per collection.
                case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                    depth++;
                    path?.Add(RootedPath.Element);
                    current = array;
                    continue;

                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" } add } element when MemberNames.IsCollection(add.TargetMethod.ContainingType):
                    if (element.ArgumentKind != ArgumentKind.ParamArray)
                    {
                        depth++;
                        path?.Add(RootedPath.Element);
                    }

                    if (add.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                        && add.Parent is IObjectOrCollectionInitializerOperation collection)
                    {
                        var collectionOwner = ClimbInitializer(collection, path, ref depth);
                        if (collectionOwner is null)
                        {
                            return End.Nowhere;
                        }

                        if (collectionOwner is IObjectCreationOperation collectionCreation)
                        {
                            enclosing?.Add((collectionCreation, depth));
                        }

                        current = collectionOwner;
                        continue;
                    }

                    return add.Instance is { } list && RootedPath.TryCreate(list, out var listPath) ? new End.Stored(listPath) : End.Nowhere;

                // Roslyn 4.8 has no operation for a collection expression: its elements' parent is a node of kind None
                // whose syntax is the collection expression (newer compilers give it a kind of its own).
                case { Syntax.RawKind: (int)SyntaxKind.CollectionExpression } collectionExpression:
                    depth++;
                    path?.Add(RootedPath.Element);
                    current = collectionExpression;
                    continue;

                // Passed to a method of the project (a hardening helper, maybe): remembered, not followed further.
                case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation invocation }
                    when IsSourceMethod(invocation.TargetMethod):
                    return new End.Passed(invocation.TargetMethod, parameter.Name);

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment
                    when assignment.Value == current && member.IsInitializerMember():
                    depth++;
                    path?.Add(member.Property.Name);
                    var initialized = ClimbInitializer(assignment.Parent as IObjectOrCollectionInitializerOperation, path, ref depth);
                    if (initialized is null)
                    {
                        return End.Nowhere;
                    }

                    if (initialized is IObjectCreationOperation owner)
                    {
                        enclosing?.Add((owner, depth));
                    }

                    current = initialized;
                    continue;

                case IAssignmentOperation assignment when assignment.Value == current
                    && assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation:
                    return RootedPath.TryCreate(assignment.Target, out var target) ? new End.Stored(target) : End.Nowhere;

                // `return new V1Deployment { … }` or `=> new …`: its method's callers finish it, or not.
                case IReturnOperation { Kind: OperationKind.Return } returned when ReturningMethod(returned) is { } method:
                    return new End.Returned(method);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return new End.Stored(new RootedPath(declarator.Symbol, string.Empty));

                // `private readonly V1PodSpec _spec = new() { … };` or an auto-property initializer (builder state).
                case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                    return new End.Stored(new RootedPath(field.InitializedFields[0], string.Empty));

                case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                    return new End.Stored(new RootedPath(property.InitializedProperties[0], string.Empty));

                default:
                    return End.Nowhere;
            }
        }
    }

    // The variable a deconstruction assigns the tuple element `element` to, when the tuple is what it deconstructs.
    private static IOperation? DeconstructedInto(ITupleOperation tuple, IOperation element)
    {
        var value = tuple.WalkUpConversions();
        if (value.Parent is not IDeconstructionAssignmentOperation assignment || assignment.Value != value)
        {
            return null;
        }

        var target = assignment.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : assignment.Target;
        var index = tuple.Elements.IndexOf(element);
        return target is ITupleOperation targets && index >= 0 && index < targets.Elements.Length ? targets.Elements[index] : null;
    }

    /// <summary>The ordinary method a <c>return</c> leaves (not a lambda's or a local function's); null otherwise.</summary>
    public static IMethodSymbol? ReturningMethod(IReturnOperation returned)
    {
        // Up the operation tree to the body's root: a lambda or local function on the way is what the return leaves. A
        // method's declared symbol costs far less than the enclosing symbol at a position (a binder for the position).
        var root = (IOperation)returned;
        while (root.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }

            root = parent;
        }

        // Every object a returned workload holds asks for the same body's method: asked once per body.
        return ReturningMethods.GetValue(root, body =>
        {
            var symbol = body.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax declaration
                ? returned.SemanticModel?.GetDeclaredSymbol(declaration)
                : returned.SemanticModel?.GetEnclosingSymbol(returned.Syntax.SpanStart);
            return new StrongBox<IMethodSymbol?>(symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaringSyntaxReferences.IsEmpty: false } method ? method : null);
        }).Value;
    }

    private static readonly ConditionalWeakTable<IOperation, StrongBox<IMethodSymbol?>> ReturningMethods = new();

    // Walks out of nested member initializers (`Spec = { Template = … }`) to the object being initialized.
    private static IOperation? ClimbInitializer(IObjectOrCollectionInitializerOperation? initializer, List<string>? path, ref int depth)
    {
        while (initializer?.Parent is IMemberInitializerOperation member)
        {
            if (member.InitializedMember is not IPropertyReferenceOperation property)
            {
                return null;
            }

            depth++;
            path?.Add(property.Property.Name);
            initializer = member.Parent as IObjectOrCollectionInitializerOperation;
        }

        return initializer?.GetInitializedObject();
    }

    // How a walk ends. Allocated only for the values that end somewhere named.
    private abstract class End
    {
        public static readonly End Nowhere = new NowhereEnd();

        public sealed class Stored : End
        {
            public Stored(RootedPath target) => Target = target;

            public RootedPath Target { get; }
        }

        public sealed class Passed : End
        {
            public Passed(IMethodSymbol method, string parameter)
            {
                Method = method;
                Parameter = parameter;
            }

            public IMethodSymbol Method { get; }

            public string Parameter { get; }
        }

        public sealed class Returned : End
        {
            public Returned(IMethodSymbol method) => Method = method;

            public IMethodSymbol Method { get; }
        }

        private sealed class NowhereEnd : End
        {
        }
    }
}
