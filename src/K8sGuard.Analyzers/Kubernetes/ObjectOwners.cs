using System.Collections.Generic;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// The container, pod spec and workload that hold an object the code writes into, as far as the code shows them: the
/// creations around it (initializers, constructor arguments, collections of containers) and, for a write through a
/// reference (<c>pod.Spec.Containers[0].SecurityContext.Privileged = true</c>), the types along the reference and the
/// creation its local was declared with. Found only for writes a rule reports: for the message and the exemptions.
/// </summary>
internal sealed class ObjectOwners
{
    private ObjectOwners(KubernetesObjectKind written, KubernetesObjectKind level, string? containerList, string? containerName, IObjectCreationOperation? podSpec, EnclosingWorkload? workload, bool isPodMetadata)
    {
        IsPodMetadata = isPodMetadata;
        Written = written;
        Level = level;
        ContainerList = containerList;
        ContainerName = containerName;
        PodSpec = podSpec;
        Workload = workload;
    }

    /// <summary>The kind of the object written into.</summary>
    public KubernetesObjectKind Written { get; }

    /// <summary>
    /// <see cref="KubernetesObjectKind.Container"/> or <see cref="KubernetesObjectKind.EphemeralContainer"/> for an object of a
    /// container, <see cref="KubernetesObjectKind.PodSpec"/> for one of the pod; None when the code does not show which.
    /// </summary>
    public KubernetesObjectKind Level { get; }

    /// <summary>The pod spec property that lists the container (<c>Containers</c>, <c>InitContainers</c>, …), when known.</summary>
    public string? ContainerList { get; }

    /// <summary>The container's constant name, when its creation gives one.</summary>
    public string? ContainerName { get; }

    /// <summary>The creation of the pod spec, when the code shows it.</summary>
    public IObjectCreationOperation? PodSpec { get; }

    public EnclosingWorkload? Workload { get; }

    /// <summary>True for the metadata of a pod or pod template (where pod annotations take effect).</summary>
    public bool IsPodMetadata { get; }

    public bool IsContainerLevel => Level is KubernetesObjectKind.Container or KubernetesObjectKind.EphemeralContainer;

    /// <summary>"Init container 'migrate' of Job 'db'", "Container of Deployment", "Pod spec of Pod 'debug'", "Container".</summary>
    public string Describe()
    {
        var suffix = EnclosingWorkload.Suffix(Workload);
        if (IsContainerLevel)
        {
            var noun = Level == KubernetesObjectKind.EphemeralContainer || ContainerList == "EphemeralContainers" ? "Ephemeral container"
                : ContainerList == "InitContainers" ? "Init container"
                : "Container";
            return ContainerName is null ? noun + suffix : noun + " '" + ContainerName + "'" + suffix;
        }

        if (Level == KubernetesObjectKind.PodSpec)
        {
            return "Pod spec" + suffix;
        }

        // Nothing around the object shows where it goes: name what it can only belong to.
        return Written switch
        {
            KubernetesObjectKind.KubernetesEnvironment => Workload is { Name: { } environment } ? AspireAppHost.EnvironmentKind + " '" + environment + "'" : AspireAppHost.EnvironmentKind,
            KubernetesObjectKind.PodSpec or KubernetesObjectKind.PodSecurityContext or KubernetesObjectKind.Volume
                or KubernetesObjectKind.HostPathVolumeSource or KubernetesObjectKind.Sysctl => "Pod spec" + suffix,
            KubernetesObjectKind.SeccompProfile or KubernetesObjectKind.AppArmorProfile or KubernetesObjectKind.SeLinuxOptions
                or KubernetesObjectKind.WindowsSecurityContextOptions => "Security context" + suffix,
            KubernetesObjectKind.ObjectMeta => "Pod metadata" + suffix,
            _ => "Container" + suffix,
        };
    }

    // How many times an object kept in a local is followed to where the block puts it next (container → pod spec → workload).
    private const int MaxHops = 3;

    public static ObjectOwners Find(FieldWrite write, KubernetesCompilation compilation, CancellationToken cancellationToken)
        => Find(write.Target, write.Form is WriteForm.Assignment or WriteForm.Entry, write.Model, compilation, cancellationToken);

    /// <summary>The owners of a created object (a container, a pod spec): the creations and holders around it.</summary>
    public static ObjectOwners OfCreation(IOperation creation, ObjectModelDescription model, KubernetesCompilation compilation, CancellationToken cancellationToken)
        => Find(creation, throughReference: false, model, compilation, cancellationToken);

    private static ObjectOwners Find(IOperation target, bool throughReference, ObjectModelDescription model, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        var types = compilation.Types;
        // Innermost first: the object written into, then each object that holds it, with the property that holds it.
        var links = new List<Link>();
        IOperation? outermost;
        IOperation? root = null;
        if (throughReference)
        {
            outermost = AddReferenceChain(target, links, types, out root, cancellationToken);
        }
        else
        {
            links.Add(new Link(types.Classify(target.Type).Kind, target as IObjectCreationOperation, string.Empty));
            outermost = target;
        }

        // Up through the creations around the object; where the outermost is kept in a local and the block later puts it
        // into another object (`Containers = [container]`, `Spec = spec`), on from there, until a workload shows.
        for (var hop = 0; outermost is not null; hop++)
        {
            var enclosing = CreationSite.FindEnclosingWithProperties(outermost, out var storage);
            foreach (var (creation, through) in enclosing)
            {
                links.Add(new Link(types.Classify(creation.Type).Kind, creation, through));
            }

            var anchor = enclosing.Count > 0 ? enclosing[enclosing.Count - 1].Creation : outermost;
            if (hop == MaxHops || HasWorkload(links, types) || storage is not { Root: ILocalSymbol local } held)
            {
                break;
            }

            // `spec.Containers.Add(new V1Container { … })`: the object sits below the one the local was declared with.
            if (held.Path.Length > 0)
            {
                outermost = DeclaredWith(local, anchor, cancellationToken) is { } declared ? AddPathLinks(declared, held.Path, links, types) : null;
                continue;
            }

            outermost = compilation.GetBlockFlow(anchor, held.Root, cancellationToken)?.FirstPlacement(held, anchor.Syntax.SpanStart);
        }

        var owners = FromLinks(model, links, compilation, cancellationToken);

        // In an Aspire app host's callbacks (`r => r.Workload!.PodTemplate.Spec.X = …`, `env => env.DefaultStorageType = …`):
        // the resource or environment they configure.
        return owners.Workload is null && root is IParameterReferenceOperation { Parameter: var parameter } && compilation.AppHost?.ConfiguredBy(parameter, root.SemanticModel, cancellationToken) is { } resource
            ? new ObjectOwners(owners.Written, owners.Level, owners.ContainerList, owners.ContainerName, owners.PodSpec, resource, owners.IsPodMetadata)
            : owners;
    }

    private static ObjectOwners FromLinks(ObjectModelDescription model, List<Link> links, KubernetesCompilation compilation, CancellationToken cancellationToken)
    {
        var types = compilation.Types;
        var level = KubernetesObjectKind.None;
        string? containerList = null;
        string? containerName = null;
        IObjectCreationOperation? podSpec = null;
        var podSpecFound = false;
        var inContainerObject = false;
        EnclosingWorkload? workload = null;
        foreach (var link in links)
        {
            switch (link.Kind)
            {
                case KubernetesObjectKind.Container or KubernetesObjectKind.EphemeralContainer when level == KubernetesObjectKind.None:
                    level = link.Kind;
                    if (link.Creation is { } container
                        && CreationPropertyReader.Read(container, model.PropertyOf(KubernetesFields.ContainerName), model.ParameterOf(KubernetesFields.ContainerName)) is { Kind: PropertyValueKind.Constant, Constant: string name })
                    {
                        containerName = name;
                    }

                    break;
                // Objects only containers have: whatever holds them is a container, even one the code does not show.
                case KubernetesObjectKind.SecurityContext or KubernetesObjectKind.ContainerPort or KubernetesObjectKind.Probe or KubernetesObjectKind.Lifecycle:
                    inContainerObject = true;
                    break;
                case KubernetesObjectKind.PodSecurityContext when level == KubernetesObjectKind.None:
                    level = KubernetesObjectKind.PodSpec;
                    break;
                case KubernetesObjectKind.PodSpec when !podSpecFound:
                    podSpecFound = true;
                    podSpec = link.Creation;
                    if (level == KubernetesObjectKind.None)
                    {
                        level = KubernetesObjectKind.PodSpec;
                    }
                    else if (level is KubernetesObjectKind.Container or KubernetesObjectKind.EphemeralContainer)
                    {
                        containerList = link.Through;
                    }

                    break;
            }

            // The outermost workload wins: a CronJob's pod spec sits inside a Job template, and the user wrote a CronJob.
            if (link.Type is { } type && types.TryGetWorkload(type, out var resolved))
            {
                workload = link.Creation is { } created ? EnclosingWorkload.Of(created, resolved, compilation.LaterWrites, cancellationToken) : EnclosingWorkload.OfKind(resolved.Kind);
            }
        }

        var written = links.Count > 0 ? links[0].Kind : KubernetesObjectKind.None;
        if (inContainerObject && level == KubernetesObjectKind.None)
        {
            written = KubernetesObjectKind.SecurityContext;
        }

        var isPodMetadata = written == KubernetesObjectKind.ObjectMeta && links.Count > 1
            && (links[1].Kind == KubernetesObjectKind.PodTemplateSpec || (links[1].Type is { } holder && types.TryGetWorkload(holder, out var owner) && owner.Kind == "Pod"));
        return new ObjectOwners(written, level, containerList, containerName, podSpec, workload, isPodMetadata);
    }

    // `pod.Spec.Containers[0].SecurityContext`: one link per reference, from the object down to the root; a root local
    // declared with a creation gives that creation (and what its initializers say of the objects below it). Returns the
    // root creation, from which the walk goes on up; null when the root is not a creation the code shows.
    private static IOperation? AddReferenceChain(IOperation reference, List<Link> links, KubernetesTypes types, out IOperation root, CancellationToken cancellationToken)
    {
        var chain = new List<(IOperation Reference, string Through)>();
        var current = reference.WalkDownConversions();
        var through = string.Empty;
        while (true)
        {
            chain.Add((current, through));
            switch (current)
            {
                case IPropertyReferenceOperation { Instance: { } instance } property when instance.Kind != OperationKind.InstanceReference:
                    through = property.Arguments.Length == 0 ? property.Property.Name : through;
                    current = instance.WalkDownConversions();
                    continue;
                case IArrayElementReferenceOperation element:
                    current = element.ArrayReference.WalkDownConversions();
                    continue;
            }

            break;
        }

        // From the root down, each object's creation when the one above it is a creation that initializes it.
        root = current;
        var creations = new IObjectCreationOperation?[chain.Count];
        creations[chain.Count - 1] = current switch
        {
            IObjectCreationOperation created => created,
            ILocalReferenceOperation local => DeclaredWith(local, cancellationToken),
            _ => null,
        };

        for (var i = chain.Count - 2; i >= 0; i--)
        {
            if (creations[i + 1] is { } above && chain[i].Reference is IPropertyReferenceOperation { Arguments.Length: 0 } property)
            {
                var name = property.Property.Name;
                creations[i] = CreationPropertyReader.Read(above, name).Operation?.WalkDownConversions() as IObjectCreationOperation;
            }
        }

        for (var i = 0; i < chain.Count; i++)
        {
            var type = chain[i].Reference.Type;
            links.Add(new Link(types.Classify(type).Kind, creations[i], chain[i].Through, type));
        }

        return creations[chain.Count - 1];
    }

    private static bool HasWorkload(List<Link> links, KubernetesTypes types)
    {
        foreach (var link in links)
        {
            if (link.Type is { } type && types.TryGetWorkload(type, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The objects along `path` below `root` (`Containers.[]` below a pod spec), deepest first, appended to the links; the
    // object at the end of the path is the one the walk came from. Returns the root, from which the walk goes on up.
    private static IObjectCreationOperation AddPathLinks(IObjectCreationOperation root, string path, List<Link> links, KubernetesTypes types)
    {
        var segments = path.Split('.');
        var along = new Link[segments.Length];
        IObjectCreationOperation? current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            // The object at this depth holds the next through the next named segment (an element segment has no name).
            var through = string.Empty;
            for (var j = i; j < segments.Length && through.Length == 0; j++)
            {
                through = segments[j] == RootedPath.Element ? string.Empty : segments[j];
            }

            along[i] = new Link(current is null ? KubernetesObjectKind.None : types.Classify(current.Type).Kind, current, through);
            current = current is null || segments[i] == RootedPath.Element
                ? null
                : CreationPropertyReader.Read(current, segments[i]).Operation?.WalkDownConversions() as IObjectCreationOperation;
        }

        for (var i = along.Length - 1; i >= 0; i--)
        {
            links.Add(along[i]);
        }

        return root;
    }

    /// <summary>The creation a local was declared with (<c>var c = new V1Container { … }</c>), read from its declarator.</summary>
    internal static IObjectCreationOperation? DeclaredWith(ILocalReferenceOperation local, CancellationToken cancellationToken)
        => DeclaredWith(local.Local, local, cancellationToken);

    private static IObjectCreationOperation? DeclaredWith(ILocalSymbol local, IOperation inBlock, CancellationToken cancellationToken)
    {
        if (inBlock.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        return (model.GetOperation(declarator, cancellationToken) as IVariableDeclaratorOperation)?.Initializer?.Value.WalkDownConversions() as IObjectCreationOperation;
    }

    private readonly struct Link
    {
        public Link(KubernetesObjectKind kind, IObjectCreationOperation? creation, string through, ITypeSymbol? type = null)
        {
            Kind = kind;
            Creation = creation;
            Through = through;
            Type = type ?? creation?.Type;
        }

        public KubernetesObjectKind Kind { get; }

        public IObjectCreationOperation? Creation { get; }

        /// <summary>The property of this object that holds the object of the link before it.</summary>
        public string Through { get; }

        public ITypeSymbol? Type { get; }
    }
}
