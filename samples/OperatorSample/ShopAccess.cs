using k8s.Models;

namespace OperatorSample;

/// <summary>The shop's ServiceAccounts and RBAC: API access only where it is needed, each with its own account.</summary>
public sealed class ShopAccess
{
    public const string BatchAccount = "shop-batch";
    public const string ControllerAccount = "shop-controller";

    private readonly string _namespace;

    public ShopAccess(string @namespace) => _namespace = @namespace;

    public IEnumerable<object> All() =>
    [
        BatchServiceAccount(),
        ControllerServiceAccount(),
        ControllerRole(),
        ControllerRoleBinding(),
    ];

    /// <summary>Batch jobs never call the API: the account turns the token off for every pod that runs as it.</summary>
    public V1ServiceAccount BatchServiceAccount() => new()
    {
        Metadata = new V1ObjectMeta { Name = BatchAccount, NamespaceProperty = "shop" },
        AutomountServiceAccountToken = false,
    };

    /// <summary>The controller's own account; its pod opts in to the token explicitly.</summary>
    public V1ServiceAccount ControllerServiceAccount() => new()
    {
        Metadata = new V1ObjectMeta { Name = ControllerAccount, NamespaceProperty = _namespace },
        AutomountServiceAccountToken = false,
    };

    public V1Role ControllerRole() => new()
    {
        Metadata = new V1ObjectMeta { Name = ControllerAccount, NamespaceProperty = _namespace },
        Rules = [new V1PolicyRule { ApiGroups = ["apps"], Resources = ["deployments"], Verbs = ["get", "list", "watch", "patch"] }],
    };

    public V1RoleBinding ControllerRoleBinding() => new()
    {
        Metadata = new V1ObjectMeta { Name = ControllerAccount, NamespaceProperty = _namespace },
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = ControllerAccount },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = ControllerAccount, NamespaceProperty = _namespace }],
    };
}
