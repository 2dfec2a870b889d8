using System.Collections.Generic;
using System.Threading;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>How the code writes a field.</summary>
internal enum WriteForm
{
    /// <summary><c>Privileged = true</c> in an object initializer or a <c>with</c> expression.</summary>
    InitializerMember,

    /// <summary><c>new V1SecurityContext(privileged: true)</c>: a class-era constructor argument, named or positional.</summary>
    ConstructorArgument,

    /// <summary><c>Add = { "SYS_ADMIN" }</c>: a collection initializer on a member.</summary>
    CollectionInitializerMember,

    /// <summary><c>container.SecurityContext.Privileged = true;</c> or <c>??=</c>: an assignment through a reference.</summary>
    Assignment,

    /// <summary><c>pod.Metadata.Annotations["key"] = value;</c>: one entry of a map, through a reference.</summary>
    Entry,
}

/// <summary>
/// One place where the code writes a value to a field of a Kubernetes object, with what it can tell about it: the value
/// written, whether anything written later to the same field can replace it (<see cref="IsFinal"/>), the elements of a
/// list it writes, and the object it writes into. Every write is seen once, where it is written, so a rule that judges
/// written values reports each on its own line, wherever in the code it is.
/// </summary>
internal sealed class FieldWrite
{
    private readonly LaterWrites _laterWrites;
    private readonly CancellationToken _cancellationToken;
    private readonly IOperation _laterThan;
    private readonly RootedPath? _storage;
    private readonly PassedToMethod? _passedTo;
    private readonly ReturnedFrom? _returned;
    private readonly string _relativePath;
    private bool? _isFinal;

    private FieldWrite(
        KubernetesField field,
        ObjectModelDescription model,
        WriteForm form,
        IOperation value,
        SyntaxNode syntax,
        IOperation target,
        IOperation laterThan,
        RootedPath? storage,
        PassedToMethod? passedTo,
        ReturnedFrom? returned,
        string relativePath,
        LaterWrites laterWrites,
        CancellationToken cancellationToken)
    {
        Field = field;
        Model = model;
        Form = form;
        Value = value;
        Syntax = syntax;
        Target = target;
        _laterThan = laterThan;
        _storage = storage;
        _passedTo = passedTo;
        _returned = returned;
        _relativePath = relativePath;
        _laterWrites = laterWrites;
        _cancellationToken = cancellationToken;
        Written = form is WriteForm.CollectionInitializerMember or WriteForm.Entry ? new PropertyValue(PropertyValueKind.NonConstant, value, null) : PropertyValue.FromOperation(value);
    }

    public KubernetesField Field { get; }

    public ObjectModelDescription Model { get; }

    public WriteForm Form { get; }

    /// <summary>
    /// The value written; for <see cref="WriteForm.CollectionInitializerMember"/>, the collection initializer; for
    /// <see cref="WriteForm.Entry"/>, the indexer assignment.
    /// </summary>
    public IOperation Value { get; }

    /// <summary>What the diagnostic points at: the initializer member, the argument, or the assignment.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>
    /// The object written into, as the code reaches it: the creation (or <c>with</c>) whose initializer or arguments write
    /// the field, or the reference an assignment goes through (<c>container.SecurityContext</c>).
    /// </summary>
    public IOperation Target { get; }

    /// <summary>The value written, classified: a constant, null, or something only known at run time.</summary>
    public PropertyValue Written { get; }

    /// <summary>The constant written, or null when the value is not a compile-time constant.</summary>
    public object? Constant => Written.Kind == PropertyValueKind.Constant ? Written.Constant : null;

    /// <summary>
    /// True when nothing the analysis can see writes another value to the same field of the same object afterwards: a
    /// later statement, a <c>with</c> on the creation, a helper the object is passed to, a builder member. Computed on
    /// first use: rules ask only about values they would report.
    /// </summary>
    public bool IsFinal => _isFinal ??= ComputeIsFinal();

    public static FieldWrite ForAssignment(IAssignmentOperation assignment, KubernetesField field, ObjectModelDescription model, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        var property = (IPropertyReferenceOperation)assignment.Target;
        if (property.IsInitializerMember() && InitializedObject(assignment.Parent as IObjectOrCollectionInitializerOperation, property.Property.Name) is var (initialized, path) && initialized is not null)
        {
            var site = CreationSite.Find(initialized);
            return new FieldWrite(field, model, WriteForm.InitializerMember, assignment.Value, assignment.Syntax, initialized, initialized, site.Storage, site.PassedTo, site.Returned, path, laterWrites, cancellationToken);
        }

        RootedPath? storage = property.Instance is { } instance && RootedPath.TryCreate(instance, out var rooted) ? rooted : null;
        return new FieldWrite(field, model, WriteForm.Assignment, assignment.Value, assignment.Syntax, property.Instance ?? assignment, assignment, storage, null, null, property.Property.Name, laterWrites, cancellationToken);
    }

    /// <summary><c>meta.Annotations["key"] = value</c>: <paramref name="map"/> is <c>meta.Annotations</c>.</summary>
    public static FieldWrite ForEntry(IAssignmentOperation assignment, IPropertyReferenceOperation map, KubernetesField field, ObjectModelDescription model, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        RootedPath? storage = map.Instance is { } instance && RootedPath.TryCreate(instance, out var rooted) ? rooted : null;
        return new FieldWrite(field, model, WriteForm.Entry, assignment, assignment.Syntax, map.Instance ?? assignment, assignment, storage, null, null, map.Property.Name, laterWrites, cancellationToken);
    }

    public static FieldWrite ForConstructorArgument(IObjectCreationOperation creation, IArgumentOperation argument, KubernetesField field, ObjectModelDescription model, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        var site = CreationSite.Find(creation);
        return new FieldWrite(field, model, WriteForm.ConstructorArgument, argument.Value, argument.Syntax, creation, creation, site.Storage, site.PassedTo, site.Returned, model.PropertyOf(field), laterWrites, cancellationToken);
    }

    public static FieldWrite? ForCollectionInitializer(IMemberInitializerOperation member, KubernetesField field, ObjectModelDescription model, LaterWrites laterWrites, CancellationToken cancellationToken)
    {
        var property = (IPropertyReferenceOperation)member.InitializedMember;
        if (InitializedObject(member.Parent as IObjectOrCollectionInitializerOperation, property.Property.Name) is not (IOperation initialized, var path))
        {
            return null;
        }

        var site = CreationSite.Find(initialized);
        return new FieldWrite(field, model, WriteForm.CollectionInitializerMember, member.Initializer, member.Syntax, initialized, initialized, site.Storage, site.PassedTo, site.Returned, path, laterWrites, cancellationToken);
    }

    // Final when nothing later in the method writes another value and, for an object its method returns, at least one
    // caller (or code the analyzer cannot see) leaves it as written: that pod gets the value.
    private bool ComputeIsFinal()
    {
        var values = new List<PropertyValue>();
        var returns = new List<ReturnedFrom>();
        if (_returned is { } returned)
        {
            returns.Add(returned);
        }

        _laterWrites.Collect(_laterThan, _storage, _passedTo, _relativePath, values, _cancellationToken, replacementIsAValue: true, returns);
        if (Form is not (WriteForm.Assignment or WriteForm.Entry))
        {
            CreationPropertyReader.CollectWithExpressions(Target, _relativePath, values);
        }

        if (!AllKeep(values))
        {
            return false;
        }

        if (returns.Count == 0)
        {
            return true;
        }

        var continuations = new List<Continuation>();
        _laterWrites.CollectContinuations(returns, _relativePath, continuations, _cancellationToken);
        foreach (var continuation in continuations)
        {
            if (AllKeep(continuation.Values))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllKeep(IEnumerable<PropertyValue> values)
    {
        foreach (var value in values)
        {
            // Adding to the list keeps what this write put into it.
            if (!value.Appends && !Written.HasSameValue(value))
            {
                return false;
            }
        }

        return true;
    }

    // The creation or `with` an initializer belongs to, through nested member initializers (`SecurityContext = { … }`),
    // and the path from it to `property`.
    private static (IOperation? Initialized, string Path) InitializedObject(IObjectOrCollectionInitializerOperation? initializer, string property)
    {
        var path = property;
        while (initializer?.Parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } nested)
        {
            path = member.Property.Name + "." + path;
            initializer = nested.Parent as IObjectOrCollectionInitializerOperation;
        }

        return (initializer?.GetInitializedObject(), path);
    }
}
