using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// The containers of a pod spec the code creates, in its three lists, as the code finishes them: the lists its creation
/// and later statements write (a definite assignment replaces a list, <c>Add</c>/<c>AddRange</c>/<c>Insert</c> extend it),
/// each element a container created in place or a local declared with one. Unknown (null) when an element, a list or a
/// write is something else (a parameter, a call, a conditional assignment, a caller that touches the lists): the
/// "must be set for every container" controls then stay silent.
/// </summary>
internal static class PodContainers
{
    // Read in this order (the main list first: when the code does not show it, the others need no reading), reported in
    // the pod's order: init containers, containers, ephemeral containers.
    private static readonly ImmutableArray<KubernetesField> Lists = ImmutableArray.Create(
        new KubernetesField(KubernetesObjectKind.PodSpec, "containers"),
        new KubernetesField(KubernetesObjectKind.PodSpec, "initContainers"),
        new KubernetesField(KubernetesObjectKind.PodSpec, "ephemeralContainers"));

    /// <summary>Every container of <paramref name="pod"/>, in the pod's order; null when the code does not show them all.</summary>
    public static List<PodContainer>? Of(CreatedObject pod, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        var containers = new List<PodContainer>();
        var counts = new int[Lists.Length];
        for (var index = 0; index < Lists.Length; index++)
        {
            var list = pod.Model.PropertyOf(Lists[index]);
            var before = containers.Count;
            foreach (var continuation in pod.Continuations(list))
            {
                if (!continuation.Values.IsEmpty)
                {
                    return null;
                }
            }

            var later = pod.Later(list);
            var from = PropertyValue.FirstThatCounts(later);
            var first = from >= 0 ? later[from] : pod.Own(list);
            if (!AddElements(first, list, containers, compilation, cancellationToken))
            {
                return null;
            }

            for (var i = from + 1; i < later.Length; i++)
            {
                if (!later[i].Appends || !AddAppended((IInvocationOperation)later[i].Operation!, list, containers, compilation, cancellationToken))
                {
                    return null;
                }
            }

            counts[index] = containers.Count - before;
        }

        // The init containers (read second) go first.
        var ordered = new List<PodContainer>(containers.Count);
        ordered.AddRange(containers.GetRange(counts[0], counts[1]));
        ordered.AddRange(containers.GetRange(0, counts[0]));
        ordered.AddRange(containers.GetRange(counts[0] + counts[1], counts[2]));
        return ordered;
    }

    /// <summary>
    /// The <paramref name="containers"/> of <paramref name="pod"/> that leave <paramref name="containerPath"/> unset, on their
    /// own and through the pod's lists, leaving out those named in <paramref name="exempt"/>.
    /// </summary>
    public static List<PodContainer> LeavingUnset(CreatedObject pod, List<PodContainer> containers, string containerPath, Options.NameSet exempt, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        var unset = new List<PodContainer>();
        Dictionary<string, bool>? writtenThroughList = null;
        foreach (var container in containers)
        {
            if ((container.Name is { } name && exempt.Contains(name)) || container.Container.IsSet(containerPath))
            {
                continue;
            }

            // Once per list, not per container: a loop over the list writes all of its elements.
            writtenThroughList ??= new Dictionary<string, bool>(System.StringComparer.Ordinal);
            if (!writtenThroughList.TryGetValue(container.List, out var written))
            {
                writtenThroughList[container.List] = written = IsWrittenThroughList(pod, container.List, containerPath, compilation, cancellationToken);
            }

            if (!written)
            {
                unset.Add(container);
            }
        }

        return unset;
    }

    /// <summary>"container 'app'", "container 'app' and container 'sidecar'", "init container 'setup' and 2 more".</summary>
    public static string Describe(List<PodContainer> containers)
    {
        var first = containers[0].Describe();
        return containers.Count switch
        {
            1 => first,
            2 => first + " and " + containers[1].Describe(),
            _ => first + " and " + (containers.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more",
        };
    }

    /// <summary>
    /// True when a write through the pod's list reaches the container's <paramref name="path"/> (<c>foreach (var c in
    /// spec.Containers) c.SecurityContext = …</c>, <c>spec.Containers[0].SecurityContext = …</c>, a helper's loop).
    /// </summary>
    public static bool IsWrittenThroughList(CreatedObject pod, string list, string path, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        // The pod's holder (or the helper it is passed to) down to the list's elements: what is written below them.
        var elements = list + "." + RootedPath.Element;
        var site = pod.Site;
        if (site.Storage is null && site.PassedTo is null)
        {
            return false;
        }

        var values = new List<PropertyValue>();
        var passedTo = site.PassedTo is { } call ? new PassedToMethod(call.Method, call.Parameter, Paths.Concat(call.Path, elements)) : (PassedToMethod?)null;
        compilation.LaterWrites.Collect(pod.Creation, site.Storage?.Append(elements), passedTo, path, values, cancellationToken);
        foreach (var value in values)
        {
            if (value.IsSet)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AddElements(PropertyValue value, string list, List<PodContainer> containers, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        if (value.Kind is PropertyValueKind.Unset or PropertyValueKind.Null)
        {
            return true;
        }

        if (value.Operation is null)
        {
            return false;
        }

        var elements = CollectionValues.Elements(value.Operation, out var complete);
        if (!complete)
        {
            return false;
        }

        foreach (var element in elements)
        {
            if (!Add(element, list, containers, compilation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    // `Add(c)`, `Insert(0, c)`, `AddRange(new[] { … })`, Pulumi's `Add(params T[])`.
    private static bool AddAppended(IInvocationOperation call, string list, List<PodContainer> containers, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.Type.SpecialType == SpecialType.System_Int32)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray || MemberNames.IsCollection(argument.Parameter?.Type))
            {
                if (!AddElements(PropertyValue.FromOperation(argument.Value), list, containers, compilation, cancellationToken))
                {
                    return false;
                }
            }
            else if (!Add(argument.Value, list, containers, compilation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Add(IOperation element, string list, List<PodContainer> containers, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        var creation = element.WalkDownConversions() switch
        {
            IObjectCreationOperation created => created,
            ILocalReferenceOperation local => ObjectOwners.DeclaredWith(local, cancellationToken),
            _ => null,
        };

        var type = compilation.Types.Classify(creation?.Type);
        if (creation is null || type.Kind is not (KubernetesObjectKind.Container or KubernetesObjectKind.EphemeralContainer))
        {
            return false;
        }

        containers.Add(new PodContainer(new CreatedObject(creation, type, compilation.LaterWrites, cancellationToken), list));
        return true;
    }
}

/// <summary>A container of a pod, with the list that holds it.</summary>
internal readonly struct PodContainer
{
    public PodContainer(CreatedObject container, string list)
    {
        Container = container;
        List = list;
    }

    public CreatedObject Container { get; }

    /// <summary>The pod spec's property that lists it: <c>Containers</c>, <c>InitContainers</c> or <c>EphemeralContainers</c>.</summary>
    public string List { get; }

    /// <summary>The container's constant name, when the code gives one.</summary>
    public string? Name => Container.FinalString(Container.Model.PropertyOf(KubernetesFields.ContainerName));

    /// <summary>"container 'app'", "init container 'setup'", "an ephemeral container".</summary>
    public string Describe()
    {
        var noun = List == "InitContainers" ? "init container" : List == "EphemeralContainers" ? "ephemeral container" : "container";
        return Name is { } name ? noun + " '" + name + "'" : (noun[0] == 'e' ? "an " : "a ") + noun;
    }
}
