using System.Threading;
using K8sGuard.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// An Aspire app host that publishes to Kubernetes: Aspire.Hosting's resource-builder types and Aspire.Hosting.Kubernetes's
/// environment, resolved once per compilation by metadata name (never referenced). Null for a compilation without both.
/// </summary>
internal sealed class AspireAppHost
{
    public const string PublishMethod = "PublishAsKubernetesService";
    public const string ComputeEnvironmentMethod = "WithComputeEnvironment";
    public const string ExcludeFromManifestMethod = "ExcludeFromManifest";
    public const string PropertiesMethod = "WithProperties";
    public const string EnvironmentKind = "Kubernetes environment";
    private const string AddEnvironmentMethod = "AddKubernetesEnvironment";

    private readonly Compilation _compilation;
    private int _publishes; // 0 not yet known, 1 yes, 2 no

    private AspireAppHost(Compilation compilation, INamedTypeSymbol resourceBuilder, INamedTypeSymbol computeResource, INamedTypeSymbol applicationBuilder, INamedTypeSymbol environment)
    {
        _compilation = compilation;
        ResourceBuilder = resourceBuilder;
        ComputeResource = computeResource;
        ApplicationBuilder = applicationBuilder;
        KubernetesEnvironment = environment;
    }

    /// <summary><c>Aspire.Hosting.ApplicationModel.IResourceBuilder&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol ResourceBuilder { get; }

    /// <summary><c>Aspire.Hosting.ApplicationModel.IComputeResource</c>: what a compute environment publishes.</summary>
    public INamedTypeSymbol ComputeResource { get; }

    /// <summary><c>Aspire.Hosting.IDistributedApplicationBuilder</c>: what resources are added to.</summary>
    public INamedTypeSymbol ApplicationBuilder { get; }

    /// <summary><c>Aspire.Hosting.Kubernetes.KubernetesEnvironmentResource</c>.</summary>
    public INamedTypeSymbol KubernetesEnvironment { get; }

    /// <summary>
    /// True when the app host references Aspire's AKS integration, which gives resources that use workload identity a
    /// service account of their own (its pods need their token, under a name the code does not show).
    /// </summary>
    public bool MayAssignServiceAccounts
    {
        get
        {
            foreach (var assembly in _compilation.ReferencedAssemblyNames)
            {
                if (assembly.Name == "Aspire.Hosting.Azure.Kubernetes")
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static AspireAppHost? Create(Compilation compilation)
        => compilation.GetTypeByMetadataName("Aspire.Hosting.Kubernetes.KubernetesEnvironmentResource") is { } environment
           && compilation.GetTypeByMetadataName("Aspire.Hosting.ApplicationModel.IResourceBuilder`1") is { } resourceBuilder
           && compilation.GetTypeByMetadataName("Aspire.Hosting.ApplicationModel.IComputeResource") is { } computeResource
           && compilation.GetTypeByMetadataName("Aspire.Hosting.IDistributedApplicationBuilder") is { } applicationBuilder
            ? new AspireAppHost(compilation, resourceBuilder, computeResource, applicationBuilder, environment)
            : null;

    /// <summary>
    /// True when some file of the project calls <c>AddKubernetesEnvironment</c> (looked up once, in each tree's name
    /// index): only then does Aspire publish the app host's compute resources to Kubernetes.
    /// </summary>
    public bool PublishesToKubernetes(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _publishes) is var known and not 0)
        {
            return known == 1;
        }

        var found = false;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            using var uses = SyntaxNameIndex.Get(tree, cancellationToken).Uses(AddEnvironmentMethod).GetEnumerator();
            if (uses.MoveNext())
            {
                found = true;
                break;
            }
        }

        Volatile.Write(ref _publishes, found ? 1 : 2);
        return found;
    }

    /// <summary>
    /// True for a call that adds a compute resource to the app host (<c>builder.AddProject&lt;T&gt;("api")</c>,
    /// <c>AddContainer</c>, <c>AddDockerfile</c>, …): it is called on an <c>IDistributedApplicationBuilder</c> and returns an
    /// <c>IResourceBuilder&lt;T&gt;</c> whose <c>T</c> is an <c>IComputeResource</c>.
    /// </summary>
    public bool AddsComputeResource(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnType is not INamedTypeSymbol { TypeArguments.Length: 1 } returned
            || !SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, ResourceBuilder)
            || !Implements(returned.TypeArguments[0], ComputeResource))
        {
            return false;
        }

        var receiver = method.IsExtensionMethod ? method.Parameters.Length > 0 ? method.Parameters[0].Type : null : method.ContainingType;
        return receiver is not null && Implements(receiver, ApplicationBuilder);
    }

    /// <summary>
    /// What a callback parameter configures, as the "workload" its writes belong to: the resource of a
    /// <c>PublishAsKubernetesService</c> lambda (<c>builder.AddContainer("cache", …).PublishAsKubernetesService(r => …)</c>, or a
    /// local holding that builder) — "Aspire resource 'cache'" —, or the environment of a <c>WithProperties</c> lambda on
    /// <c>AddKubernetesEnvironment("k8s")</c> — "Kubernetes environment 'k8s'". Null for any other parameter, or when the chain
    /// does not show the adding call.
    /// </summary>
    public EnclosingWorkload? ConfiguredBy(IParameterSymbol parameter, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
            || lambda.DeclaringSyntaxReferences.Length != 1
            || lambda.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax configure } } }
            || configure.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: PublishMethod or PropertiesMethod } access
            || configure.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        // Down the receiver's chain (and through a local's initializer) to the call that added the resource.
        var receiver = access.Expression;
        for (var step = 0; step < 16 && receiver is not null; step++)
        {
            switch (receiver)
            {
                case InvocationExpressionSyntax call:
                    if (model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)
                    {
                        if (access.Name.Identifier.ValueText == PublishMethod && AddsComputeResource(invocation))
                        {
                            return EnclosingWorkload.OfKind("Aspire resource", new Rules.AddedResource(invocation).Name);
                        }

                        if (access.Name.Identifier.ValueText == PropertiesMethod && invocation.TargetMethod.Name == AddEnvironmentMethod)
                        {
                            return EnclosingWorkload.OfKind(EnvironmentKind, new Rules.AddedResource(invocation).Name);
                        }
                    }

                    receiver = (call.Expression as MemberAccessExpressionSyntax)?.Expression;
                    break;
                case IdentifierNameSyntax name when model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local:
                    receiver = (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    receiver = parenthesized.Expression;
                    break;
                default:
                    receiver = null;
                    break;
            }
        }

        return null;
    }

    /// <summary>True for <c>IResourceBuilder&lt;KubernetesEnvironmentResource&gt;</c> (or of a type derived from it).</summary>
    public bool IsKubernetesEnvironmentBuilder(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeArguments.Length: 1 } builder
           && SymbolEqualityComparer.Default.Equals(builder.OriginalDefinition, ResourceBuilder)
           && DerivesFrom(builder.TypeArguments[0], KubernetesEnvironment);

    /// <summary>True for an <c>IResourceBuilder&lt;T&gt;</c> whose <c>T</c> is a class (a concrete resource, not an interface).</summary>
    public bool IsConcreteResourceBuilder(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeArguments.Length: 1 } builder
           && SymbolEqualityComparer.Default.Equals(builder.OriginalDefinition, ResourceBuilder)
           && builder.TypeArguments[0].TypeKind == TypeKind.Class;

    /// <summary>True for an <c>IResourceBuilder&lt;T&gt;</c>.</summary>
    public bool IsResourceBuilder(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeArguments.Length: 1 } builder && SymbolEqualityComparer.Default.Equals(builder.OriginalDefinition, ResourceBuilder);

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol @interface)
    {
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
