using System.Threading;
using K8sGuard.Analyzers.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Rules;

/// <summary>
/// A rule about what an Aspire app host publishes to Kubernetes: it is handed each call that adds a compute resource
/// (<c>builder.AddProject&lt;T&gt;("api")</c>) in a project that calls <c>AddKubernetesEnvironment</c>. Aspire builds
/// those pods itself; the code reaches them only through the resource's builder.
/// </summary>
internal abstract class AppHostRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Analyze(AddedResource resource, AppHostRuleContext context);
}

/// <summary>A call that adds a compute resource to an app host that publishes to Kubernetes.</summary>
internal readonly struct AddedResource
{
    public AddedResource(IInvocationOperation call) => Call = call;

    public IInvocationOperation Call { get; }

    /// <summary>The resource's name when the call gives it as a constant (its first argument after the builder).</summary>
    public string? Name
    {
        get
        {
            foreach (var argument in Call.Arguments)
            {
                if (argument.Parameter is { Ordinal: var ordinal } && ordinal == (Call.TargetMethod.IsExtensionMethod ? 1 : 0))
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
                }
            }

            return null;
        }
    }

    /// <summary>The method name of the call (<c>AddProject</c> in <c>builder.AddProject&lt;Projects.Api&gt;("api")</c>): where its diagnostics go.</summary>
    public Location NameLocation
        => Call.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: var expression }
            ? expression switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Name.Identifier.GetLocation(),
                Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax name => name.Identifier.GetLocation(),
                _ => Call.Syntax.GetLocation(),
            }
            : Call.Syntax.GetLocation();

    /// <summary>"Resource 'api'", or "Resource" when its name is not a constant.</summary>
    public string Describe() => Name is { } name ? "Resource '" + name + "'" : "Resource";
}

/// <summary>What an app-host rule may consult and where it reports.</summary>
internal sealed class AppHostRuleContext
{
    private readonly OperationAnalysisContext _context;
    private ResourceBuilderUses? _uses;

    public AppHostRuleContext(KubernetesCompilation compilation, AspireAppHost appHost, Options.RuleOptions options, OperationAnalysisContext context)
    {
        Compilation = compilation;
        AppHost = appHost;
        Options = options;
        _context = context;
    }

    public KubernetesCompilation Compilation { get; }

    public Options.RuleOptions Options { get; }

    public AspireAppHost AppHost { get; }

    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>What the app host does with the resource's builder (read by syntax, the call's tree bound), once for every rule.</summary>
    public ResourceBuilderUses UsesOf(AddedResource resource)
        => _uses ??= ResourceBuilderUses.Read(
            (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax)resource.Call.Syntax,
            AppHost,
            Compilation.Methods,
            resource.Call.SemanticModel!,
            CancellationToken);

    public void Report(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
}
