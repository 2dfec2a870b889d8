using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using K8sGuard.Analyzers.Analysis;
using K8sGuard.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sGuard.Analyzers.Kubernetes;

/// <summary>
/// The ServiceAccounts created anywhere in the project, found by syntax so that analysing one document in
/// the IDE can see accounts declared in other documents without binding them (an analyzer must not ask for
/// other documents' semantic models). Built at most once per compilation, and only when a pod spec needs it; the
/// next compilation with the same trees, references and options reuses it (document by document, one per request);
/// each file is searched once for as long as its syntax tree lives (files that never mention the ServiceAccount
/// type name are skipped by a text search before their syntax is walked).
/// </summary>
internal static class ServiceAccountIndex
{
    // Per file and model, the creations of the model's ServiceAccount. Trees outlive compilations (the IDE keeps the
    // tree of every unchanged document, and the driver runs compilation start actions again for each document it is
    // asked about), so each file's text is searched once, not once per compilation.
    private static readonly ConditionalWeakTable<SyntaxTree, AccountSyntax[]?[]> CreationsByTree = new();

    // The project's accounts, kept with what they were read from. Document by document the driver makes a new
    // compilation for every request, with the same trees, references and options until something is edited; looking
    // up every tree's creations again on every request made each request's cost grow with the project. Keyed by the
    // first tree, so that the entry goes when the project's trees do.
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ProjectAccounts?>> AccountsByFirstTree = new();

    public static ImmutableArray<ServiceAccountFact> Build(Compilation compilation, KubernetesTypes types, CancellationToken cancellationToken)
    {
        var trees = compilation.SyntaxTrees.ToArray();
        if (trees.Length == 0)
        {
            return ImmutableArray<ServiceAccountFact>.Empty;
        }

        var last = AccountsByFirstTree.GetValue(trees[0], static _ => new StrongBox<ProjectAccounts?>());
        if (Volatile.Read(ref last.Value) is { } known && known.IsFor(compilation, types.Models))
        {
            return known.Facts;
        }

        var facts = Read(trees, compilation, types, cancellationToken);
        Volatile.Write(ref last.Value, new ProjectAccounts(new ProjectKey(compilation), types.Models, facts));
        return facts;
    }

    private static ImmutableArray<ServiceAccountFact> Read(SyntaxTree[] trees, Compilation compilation, KubernetesTypes types, CancellationToken cancellationToken)
    {
        var facts = ImmutableArray.CreateBuilder<ServiceAccountFact>();
        var constants = new SyntaxConstants(compilation);
        foreach (var model in types.Models)
        {
            if (model.ServiceAccountTypeName is null)
            {
                continue;
            }

            var reader = CreateReader(compilation, model, constants);
            var ownTypes = LookAlikeTypes(compilation, model);
            foreach (var tree in trees)
            {
                foreach (var account in CreationsIn(tree, model, cancellationToken))
                {
                    if (IsModelType(account.Creation, model, ownTypes))
                    {
                        facts.Add(reader.Read(account));
                    }
                }
            }
        }

        return facts.ToImmutable();
    }

    private static AccountSyntax[] CreationsIn(SyntaxTree tree, ObjectModelDescription model, CancellationToken cancellationToken)
    {
        var byModel = CreationsByTree.GetValue(tree, static _ => new AccountSyntax[]?[ObjectModels.All.Length]);
        var index = ObjectModels.All.IndexOf(model);
        if (Volatile.Read(ref byModel[index]) is { } known)
        {
            return known;
        }

        var typeName = model.ServiceAccountTypeShortName;
        var resourceName = ShortName(model.ServiceAccountResourceTypeName);
        var accounts = Array.Empty<AccountSyntax>();
        var text = tree.GetText(cancellationToken);
        if (SourceTextSearch.MayNameIdentifier(text, resourceName ?? typeName) || SourceTextSearch.Mentions(text, "NamespacedServiceAccount"))
        {
            var root = tree.GetRoot(cancellationToken);
            var aliases = TypeAliases(root, typeName);
            var found = new List<BaseObjectCreationExpressionSyntax>();
            foreach (var node in root.DescendantNodes())
            {
                if (node is BaseObjectCreationExpressionSyntax creation && CreatesType(creation, typeName, resourceName, aliases))
                {
                    found.Add(creation);
                }
            }

            accounts = AccountSyntax.WithLaterWrites(found, cancellationToken);
        }

        // Two threads may search the same file at once; both find the same creations.
        Volatile.Write(ref byModel[index], accounts);
        return accounts;
    }

    // `using Account = k8s.Models.V1ServiceAccount;`: the names the file gives the type.
    private static string[] TypeAliases(SyntaxNode root, string typeName)
    {
        List<string>? aliases = null;
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: { } alias, Name: { } target } && RightmostName(target) == typeName)
            {
                (aliases ??= new List<string>()).Add(alias.Name.Identifier.ValueText);
            }
        }

        return aliases?.ToArray() ?? Array.Empty<string>();
    }

    // A project type of the same name (`class V1ServiceAccount` of its own) takes the creations of the files that see it:
    // those in its namespace or importing it, unless they name the model's type by its namespace.
    private static bool IsModelType(BaseObjectCreationExpressionSyntax creation, ObjectModelDescription model, ImmutableArray<string> own)
    {
        if (own.IsEmpty || creation is not ObjectCreationExpressionSyntax { Type: var type })
        {
            return true;
        }

        var accountTypeName = model.ServiceAccountTypeName!;
        var modelNamespace = accountTypeName.Substring(0, accountTypeName.LastIndexOf('.'));
        if (type is QualifiedNameSyntax qualified)
        {
            return qualified.Left.ToString().EndsWith(modelNamespace, StringComparison.Ordinal);
        }

        var visible = VisibleNamespaces(creation);
        foreach (var ownType in own)
        {
            if (visible.Contains(ownType))
            {
                return false;
            }
        }

        return true;
    }

    // The namespaces of the project's own types named like the model's ServiceAccount (the model's type itself excluded:
    // a project may compile the library from source).
    private static ImmutableArray<string> LookAlikeTypes(Compilation compilation, ObjectModelDescription model)
    {
        var namespaces = ImmutableArray.CreateBuilder<string>();
        foreach (var symbol in compilation.GetSymbolsWithName(model.ServiceAccountTypeShortName, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type && type.ToDisplayString() != model.ServiceAccountTypeName)
            {
                namespaces.Add(type.ContainingNamespace?.ToDisplayString() ?? string.Empty);
            }
        }

        return namespaces.ToImmutable();
    }

    // The namespaces a creation sees types of: the ones it is declared in (and their parents), and the file's imports.
    private static HashSet<string> VisibleNamespaces(SyntaxNode creation)
    {
        var visible = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (var ancestor in creation.Ancestors())
        {
            if (ancestor is BaseNamespaceDeclarationSyntax declared)
            {
                var name = declared.Name.ToString();
                for (var dot = name.Length; dot > 0; dot = name.LastIndexOf('.', dot - 1))
                {
                    visible.Add(name.Substring(0, dot));
                }

                AddImports(declared.Usings, visible);
            }
            else if (ancestor is CompilationUnitSyntax unit)
            {
                AddImports(unit.Usings, visible);
            }
        }

        return visible;
    }

    private static void AddImports(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> visible)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
            {
                visible.Add(name.ToString());
            }
        }
    }

    /// <summary>
    /// Reads the ServiceAccount that an infrastructure-as-code resource creation declares, e.g.
    /// <c>new ServiceAccount("builder", new ServiceAccountArgs { … })</c>; null when it has no readable args.
    /// </summary>
    public static ServiceAccountFact? ReadResource(BaseObjectCreationExpressionSyntax resource, ObjectModelDescription model, Compilation compilation)
    {
        // A target-typed `new("name", …)` has no type name to check; the caller knows its type.
        var resourceName = ShortName(model.ServiceAccountResourceTypeName);
        if (resourceName is null || (resource is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) != resourceName))
        {
            return null;
        }

        foreach (var argument in resource.ArgumentList?.Arguments ?? default)
        {
            if (argument.Expression is BaseObjectCreationExpressionSyntax args && IsResourceArgs(argument))
            {
                return CreateReader(compilation, model, new SyntaxConstants(compilation)).Read(new AccountSyntax(args, Array.Empty<AccountSyntax.LaterWrite>()));
            }
        }

        return null;
    }

    // Constructor parameter lists are looked up only when a creation passes positional arguments (class era).
    private static Reader CreateReader(Compilation compilation, ObjectModelDescription model, SyntaxConstants constants)
        => new(
            model.Properties,
            constants,
            new Lazy<ImmutableArray<string>>(() => LongestConstructorParameters(compilation, model.ServiceAccountTypeName!)),
            new Lazy<ImmutableArray<string>>(() => LongestConstructorParameters(compilation, model.ObjectMetaTypeName)));

    private static string? ShortName(string? metadataName) => metadataName?.Substring(metadataName.LastIndexOf('.') + 1);

    // The args of a resource: the argument named `args`, or the second positional one.
    private static bool IsResourceArgs(ArgumentSyntax argument)
        => argument.NameColon is { } name
            ? name.Name.Identifier.ValueText == "args"
            : argument.Parent is ArgumentListSyntax list && list.Arguments.IndexOf(argument) == 1;

    /// <summary>
    /// True when <paramref name="creation"/> creates the type named <paramref name="typeName"/>: <c>new V1ServiceAccount…</c>
    /// (qualified or not), or a target-typed <c>new()</c> whose declared target type is visible in the declaration.
    /// </summary>
    private static bool CreatesType(BaseObjectCreationExpressionSyntax creation, string typeName, string? resourceName, string[] aliases)
    {
        if (creation is ImplicitObjectCreationExpressionSyntax
            && resourceName is not null
            && creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax resource } } argument
            && RightmostName(resource.Type) == resourceName
            && IsResourceArgs(argument))
        {
            // new ServiceAccount("builder", new() { … })
            return true;
        }

        var name = creation switch
        {
            ObjectCreationExpressionSyntax explicitType => RightmostName(explicitType.Type),
            ImplicitObjectCreationExpressionSyntax => TargetTypeName(creation),
            _ => null,
        };
        return name == typeName || (name is not null && Array.IndexOf(aliases, name) >= 0);
    }

    /// <summary>
    /// The name of the type a target-typed <c>new()</c> creates, when the code around it shows it: a declaration, a
    /// property, a return type; the element type of a collection initializer, array or collection expression whose own
    /// type is shown (<c>new List&lt;V1ServiceAccount&gt; { new() { … } }</c>); a list local whose declaration shows its type
    /// (<c>accounts.Add(new() { … })</c>); the body of a KubernetesClient call that creates or replaces a ServiceAccount
    /// (<c>CreateNamespacedServiceAccountAsync(new() { … }, "ns")</c>).
    /// </summary>
    private static string? TargetTypeName(SyntaxNode creation) => creation.Parent switch
    {
        InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax { Type: var collection } } initializer
            when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => RightmostName(ElementType(collection)),
        InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax { Type: var array } } => RightmostName(array.ElementType),
        InitializerExpressionSyntax { Parent: EqualsValueClauseSyntax clause } initializer
            when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) => RightmostName(ElementType(DeclaredTargetType(initializer))),
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => RightmostName(ElementType(DeclaredTargetType(collection))),
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } argument => ArgumentTypeName(call, argument),
        _ => RightmostName(DeclaredTargetType(creation)),
    };

    private static string? ArgumentTypeName(InvocationExpressionSyntax call, ArgumentSyntax argument)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } access)
        {
            return null;
        }

        // `accounts.Add(new() { … })` on a local whose declaration shows the list's type.
        if (method == "Add" && access.Expression is IdentifierNameSyntax list && call.ArgumentList.Arguments.Count == 1)
        {
            return RightmostName(ElementType(LocalType(list)));
        }

        // The body (first) argument of `CreateNamespacedServiceAccount(Async)` / `ReplaceNamespacedServiceAccount(Async)`.
        var isBody = argument.NameColon is { } named ? named.Name.Identifier.ValueText == "body" : call.ArgumentList.Arguments.IndexOf(argument) == 0;
        return isBody && (method.StartsWith("CreateNamespacedServiceAccount", StringComparison.Ordinal) || method.StartsWith("ReplaceNamespacedServiceAccount", StringComparison.Ordinal))
            ? "V1ServiceAccount"
            : null;
    }

    // The type a local's declaration shows: `List<V1ServiceAccount> accounts`, or `var accounts = new List<V1ServiceAccount>()`.
    private static TypeSyntax? LocalType(IdentifierNameSyntax local)
    {
        var name = local.Identifier.ValueText;
        foreach (var node in SyntaxScopes.EnclosingBody(local).DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == name && declarator.Parent is VariableDeclarationSyntax declaration)
            {
                return declaration.Type is { IsVar: true } && declarator.Initializer?.Value is ObjectCreationExpressionSyntax created ? created.Type : declaration.Type;
            }
        }

        return null;
    }

    // The element type of `List<T>`, `IEnumerable<T>`, `T[]`, `T[]?`.
    private static TypeSyntax? ElementType(TypeSyntax? collection) => collection switch
    {
        GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic => generic.TypeArgumentList.Arguments[0],
        QualifiedNameSyntax { Right: GenericNameSyntax generic } => ElementType(generic),
        ArrayTypeSyntax array => array.ElementType,
        NullableTypeSyntax nullable => ElementType(nullable.ElementType),
        _ => null,
    };

    private static TypeSyntax? DeclaredTargetType(SyntaxNode creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax function } => function.ReturnType,
        ReturnStatementSyntax @return => @return.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.ReturnType,
        _ => null,
    };

    private static string? RightmostName(TypeSyntax? type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => RightmostName(nullable.ElementType),
        _ => null,
    };

    private static ImmutableArray<string> LongestConstructorParameters(Compilation compilation, string metadataName)
    {
        var longest = ImmutableArray<string>.Empty;
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.Length > longest.Length)
                {
                    longest = constructor.Parameters.Select(p => p.Name).ToImmutableArray();
                }
            }
        }

        return longest;
    }

    /// <summary>
    /// The accounts read from one set of trees with one set of references and options (all compared by reference:
    /// an edited document is a new tree, a changed reference a new object). The facts hold only names and settings.
    /// </summary>
    private sealed class ProjectAccounts
    {
        private readonly ProjectKey _project;
        private readonly ImmutableArray<ObjectModelDescription> _models;

        public ProjectAccounts(ProjectKey project, ImmutableArray<ObjectModelDescription> models, ImmutableArray<ServiceAccountFact> facts)
        {
            _project = project;
            _models = models;
            Facts = facts;
        }

        public ImmutableArray<ServiceAccountFact> Facts { get; }

        public bool IsFor(Compilation compilation, ImmutableArray<ObjectModelDescription> models)
            => _project.Matches(compilation) && _models.SequenceEqual(models);
    }

    /// <summary>Reads one ServiceAccount creation: its own arguments and initializer, then later assignments through its variable.</summary>
    private sealed class Reader
    {
        private readonly PropertyNames _properties;
        private readonly SyntaxConstants _constants;
        private readonly Lazy<ImmutableArray<string>> _accountParameters;
        private readonly Lazy<ImmutableArray<string>> _metadataParameters;

        public Reader(PropertyNames properties, SyntaxConstants constants, Lazy<ImmutableArray<string>> accountParameters, Lazy<ImmutableArray<string>> metadataParameters)
        {
            _properties = properties;
            _constants = constants;
            _accountParameters = accountParameters;
            _metadataParameters = metadataParameters;
        }

        public ServiceAccountFact Read(AccountSyntax syntax)
        {
            var account = Members(syntax.Creation, _accountParameters);
            var metadata = account.TryGetValue(_properties.Metadata, out var metadataValues)
                && metadataValues[metadataValues.Count - 1] is BaseObjectCreationExpressionSyntax metadataCreation
                ? Members(metadataCreation, _metadataParameters)
                : new Dictionary<string, List<ExpressionSyntax>>();

            // Later assignments through the variable the account is stored in, until it holds another object:
            // `sa.AutomountServiceAccountToken = false;`. A definite one replaces what was written before it.
            foreach (var later in syntax.Later)
            {
                var (path, value) = (later.Path, later.Value);
                if (path.Length == 1 && path[0] == _properties.Metadata && value is BaseObjectCreationExpressionSyntax laterMetadata)
                {
                    metadata = Members(laterMetadata, _metadataParameters);
                }
                else if (path.Length == 1)
                {
                    Add(account, path[0], value, later.Definite);
                }
                else if (path.Length == 2 && path[0] == _properties.Metadata)
                {
                    Add(metadata, path[1], value, later.Definite);
                }
            }

            return new ServiceAccountFact(
                ConstantString(metadata, _properties.Name),
                ConstantString(metadata, _properties.Namespace),
                Automount(account));
        }

        private AutomountSetting Automount(Dictionary<string, List<ExpressionSyntax>> account)
        {
            if (!account.TryGetValue(_properties.AutomountServiceAccountToken, out var values))
            {
                return AutomountSetting.Unset;
            }

            var settings = values.Select(v => _constants.TryEvaluate(v, out var c) ? c switch { false => AutomountSetting.False, true => AutomountSetting.True, null => AutomountSetting.Unset, _ => AutomountSetting.Unknown } : AutomountSetting.Unknown).Distinct().ToList();
            return settings.Count == 1 ? settings[0] : AutomountSetting.Unknown;
        }

        private string? ConstantString(Dictionary<string, List<ExpressionSyntax>> members, string property)
        {
            if (!members.TryGetValue(property, out var values))
            {
                return null;
            }

            var strings = values.Select(v => _constants.TryEvaluate(v, out var c) ? c as string : null).Distinct().ToList();
            return strings.Count == 1 ? strings[0] : null;
        }

        // Property name → the expressions assigned to it by the constructor arguments and the object initializer.
        private Dictionary<string, List<ExpressionSyntax>> Members(BaseObjectCreationExpressionSyntax creation, Lazy<ImmutableArray<string>> parameters)
        {
            var members = new Dictionary<string, List<ExpressionSyntax>>(System.StringComparer.Ordinal);
            if (creation.ArgumentList is { } arguments)
            {
                for (var i = 0; i < arguments.Arguments.Count; i++)
                {
                    var argument = arguments.Arguments[i];
                    var parameter = argument.NameColon?.Name.Identifier.ValueText ?? (i < parameters.Value.Length ? parameters.Value[i] : null);
                    var property = parameter is null ? null : PropertyForParameter(parameter);
                    if (property is not null)
                    {
                        Add(members, property, argument.Expression);
                    }
                }
            }

            foreach (var expression in creation.Initializer?.Expressions ?? default)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
                {
                    Add(members, name.Identifier.ValueText, assignment.Right);
                }
            }

            return members;
        }

        private string? PropertyForParameter(string parameter)
        {
            foreach (var property in new[] { _properties.AutomountServiceAccountToken, _properties.Metadata, _properties.Name, _properties.Namespace })
            {
                if (_properties.ParameterFor(property) == parameter)
                {
                    return property;
                }
            }

            return null;
        }

        private static void Add(Dictionary<string, List<ExpressionSyntax>> members, string property, ExpressionSyntax value, bool replaces = false)
        {
            if (!members.TryGetValue(property, out var values))
            {
                values = new List<ExpressionSyntax>();
                members.Add(property, values);
            }
            else if (replaces)
            {
                values.Clear();
            }

            values.Add(value);
        }
    }
}
