using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// Infrastructure-as-code models name a pod's account through the account resource's output:
/// <c>ServiceAccountName = account.Metadata.Apply(m =&gt; m.Name)</c>. This resolves such a value to the
/// ServiceAccount that <c>account</c> (a local, field or property) was initialized with.
/// </summary>
internal static class ResourceOutputReference
{
    public static ServiceAccountFact? ResolveServiceAccount(IOperation? value, ObjectModelDescription model, CancellationToken cancellationToken)
    {
        if (model.ServiceAccountResourceTypeName is null
            || value?.WalkDownConversions() is not IInvocationOperation { TargetMethod.Name: "Apply" } apply
            || value.SemanticModel?.Compilation is not { } compilation)
        {
            return null;
        }

        // Output<T>.Apply is an instance method; Input<T>.Apply an extension whose first argument is the receiver.
        var receiver = (apply.Instance ?? (apply.Arguments.Length > 0 ? apply.Arguments[0].Value : null))?.WalkDownConversions();
        if (receiver is not IPropertyReferenceOperation { Instance: { } holder } metadata
            || metadata.Property.Name != model.Properties.Metadata
            || holder.Type?.ToDisplayString() != model.ServiceAccountResourceTypeName
            || !SelectsName(apply, model.Properties.Name))
        {
            return null;
        }

        ISymbol? symbol = holder switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (symbol is null)
        {
            return null;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer is BaseObjectCreationExpressionSyntax resource)
            {
                return ServiceAccountIndex.ReadResource(resource, model, compilation);
            }
        }

        return null;
    }

    // The selector lambda returns its parameter's Name: `m => m.Name`.
    private static bool SelectsName(IInvocationOperation apply, string nameMember)
    {
        foreach (var argument in apply.Arguments)
        {
            if (argument.Value.WalkDownConversions() is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                && lambda.Body.Operations.Length == 1
                && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned }
                && returned.WalkDownConversions() is IMemberReferenceOperation { Instance: IParameterReferenceOperation } member
                && member.Member.Name == nameMember)
            {
                return true;
            }
        }

        return false;
    }
}
