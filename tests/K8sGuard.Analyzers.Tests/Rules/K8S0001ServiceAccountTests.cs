using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>K8S0001 and the ServiceAccounts of the project: how names, namespaces and values are read.</summary>
public sealed class K8S0001ServiceAccountTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using k8s.Models;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.RecordEra, expected);

    [Fact]
    public Task AccountInTheSameFile_WithNameFromConstants_Silences() => VerifyAsync("""
        static class Names
        {
            public const string Builder = "builder";
            public const string Namespace = "c" + "i";
        }

        class C
        {
            V1ServiceAccount Account() => new V1ServiceAccount
            {
                Metadata = new V1ObjectMeta { Name = Names.Builder, NamespaceProperty = Names.Namespace },
                AutomountServiceAccountToken = false,
            };

            V1Job Job() => new V1Job
            {
                Metadata = new() { Name = "build", NamespaceProperty = "ci" },
                Spec = new() { Template = new() { Spec = new V1PodSpec { ServiceAccountName = "builder", RestartPolicy = "Never" } } },
            };
        }
        """);

    [Fact]
    public Task WorkloadNamespaceSetAfterTheCreation_IsTheOneMatched() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account() => new V1ServiceAccount
            {
                Metadata = new V1ObjectMeta { Name = "builder", NamespaceProperty = "ci" },
                AutomountServiceAccountToken = false,
            };

            V1Job MovedIntoTheAccountsNamespace()
            {
                var job = new V1Job { Metadata = new() { Name = "build", NamespaceProperty = "dev" }, Spec = new() { Template = new() { Spec = new V1PodSpec { ServiceAccountName = "builder" } } } };
                job.Metadata.NamespaceProperty = "ci";
                return job;
            }

            V1Job MovedElsewhere()
            {
                var job = new V1Job { Metadata = new() { Name = "test" }, Spec = new() { Template = new() { Spec = new {|#0:V1PodSpec|} { ServiceAccountName = "builder" } } } };
                job.Metadata = new V1ObjectMeta { Name = "test", NamespaceProperty = "staging" };
                return job;
            }

            V1Job MovedAtRunTime(string ns)
            {
                var job = new V1Job { Metadata = new() { Name = "run", NamespaceProperty = "dev" }, Spec = new() { Template = new() { Spec = new V1PodSpec { ServiceAccountName = "builder" } } } };
                job.Metadata.NamespaceProperty = ns;
                return job;
            }
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Job 'test'"));

    [Fact]
    public Task TargetTypedAccountsInCollectionsAndApiCalls_Silence() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using k8s;

        class C
        {
            List<V1ServiceAccount> Listed() => new List<V1ServiceAccount>
            {
                new() { Metadata = new() { Name = "listed" }, AutomountServiceAccountToken = false },
            };

            V1ServiceAccount[] Arrayed() => new V1ServiceAccount[] { new() { Metadata = new() { Name = "arrayed" }, AutomountServiceAccountToken = false } };

            void Collected()
            {
                List<V1ServiceAccount> accounts = [new() { Metadata = new() { Name = "collected" }, AutomountServiceAccountToken = false }];
                var more = new List<V1ServiceAccount>();
                more.Add(new() { Metadata = new() { Name = "added" }, AutomountServiceAccountToken = false });
            }

            Task Created(IKubernetes client)
                => client.CoreV1.CreateNamespacedServiceAccountAsync(new() { Metadata = new() { Name = "created" }, AutomountServiceAccountToken = false }, "apps");

            void Unknown(List<object> objects) => objects.Add(new {|#0:V1PodSpec|} { ServiceAccountName = "unknown-target" });

            V1PodSpec Listed1() => new V1PodSpec { ServiceAccountName = "listed" };
            V1PodSpec Arrayed1() => new V1PodSpec { ServiceAccountName = "arrayed" };
            V1PodSpec Collected1() => new V1PodSpec { ServiceAccountName = "collected" };
            V1PodSpec Added1() => new V1PodSpec { ServiceAccountName = "added" };
            V1PodSpec Created1() => new V1Pod { Metadata = new() { NamespaceProperty = "apps" }, Spec = new V1PodSpec { ServiceAccountName = "created" } }.Spec;
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task AccountNamedWithNameofAndLocalConstant_Silences() => VerifyAsync("""
        class builder { }

        class C
        {
            void Accounts()
            {
                const string runner = "runner";
                var first = new V1ServiceAccount { Metadata = new() { Name = nameof(builder) }, AutomountServiceAccountToken = false };
                var second = new V1ServiceAccount { Metadata = new() { Name = runner }, AutomountServiceAccountToken = false };
            }

            V1PodSpec Builder() => new V1PodSpec { ServiceAccountName = "builder" };
            V1PodSpec Runner() => new V1PodSpec { ServiceAccountName = nameof(runner) };
            string runner => "";
        }
        """);

    [Fact]
    public Task AccountFinishedByLaterAssignments_Silences() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account()
            {
                var account = new V1ServiceAccount { Metadata = new V1ObjectMeta() };
                account.Metadata.Name = "builder";
                account.AutomountServiceAccountToken = false;
                return account;
            }

            V1PodSpec Pod() => new V1PodSpec { ServiceAccountName = "builder" };
        }
        """);

    [Fact]
    public Task TargetTypedAccount_Silences() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account()
            {
                V1ServiceAccount account = new() { Metadata = new() { Name = "builder" }, AutomountServiceAccountToken = false };
                return account;
            }

            V1PodSpec Pod() => new V1PodSpec { ServiceAccountName = "builder" };
        }
        """);

    [Fact]
    public Task DeprecatedServiceAccountField_IsUsedWhenTheNameIsUnset() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account() => new() { Metadata = new() { Name = "legacy" }, AutomountServiceAccountToken = false };

            // KubernetesClient 21 names the deprecated `serviceAccount` field ServiceAccount.
            V1PodSpec Legacy() => new V1PodSpec { ServiceAccount = "legacy" };
            V1PodSpec NameWins() => new {|#0:V1PodSpec|} { ServiceAccountName = "other", ServiceAccount = "legacy" };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task PodAccountNameSetLater_IsUsed() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account() => new() { Metadata = new() { Name = "builder" }, AutomountServiceAccountToken = false };

            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new V1PodSpec() };
                pod.Spec.ServiceAccountName = "builder";
                return pod;
            }
        }
        """);

    [Fact]
    public Task NonConstantPodAccountName_IsReported() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account() => new() { Metadata = new() { Name = "builder" }, AutomountServiceAccountToken = false };

            V1PodSpec Pod(string account) => new [|V1PodSpec|] { ServiceAccountName = account };
        }
        """);

    [Fact]
    public Task NonConstantAccountName_DoesNotMatch() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account(string name) => new() { Metadata = new() { Name = name }, AutomountServiceAccountToken = false };

            V1PodSpec Pod() => new [|V1PodSpec|] { ServiceAccountName = "builder" };
        }
        """);

    [Fact]
    public Task NonConstantAccountValue_DoesNotSilence() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account(bool mount) => new() { Metadata = new() { Name = "builder" }, AutomountServiceAccountToken = mount };

            V1PodSpec Pod() => new [|V1PodSpec|] { ServiceAccountName = "builder" };
        }
        """);

    [Fact]
    public Task AccountsThatDisagree_DoNotSilence() => VerifyAsync("""
        class C
        {
            // Two accounts named "builder" in namespaces the pod could be in: one keeps the token.
            V1ServiceAccount Ci() => new() { Metadata = new() { Name = "builder", NamespaceProperty = "ci" }, AutomountServiceAccountToken = false };
            V1ServiceAccount Prod() => new() { Metadata = new() { Name = "builder", NamespaceProperty = "prod" }, AutomountServiceAccountToken = true };

            V1PodSpec Pod() => new [|V1PodSpec|] { ServiceAccountName = "builder" };
            V1Pod InCi() => new V1Pod { Metadata = new() { NamespaceProperty = "ci" }, Spec = new V1PodSpec { ServiceAccountName = "builder" } };
        }
        """);

    [Fact]
    public Task EmptyAccountName_MeansDefault() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Default() => new() { Metadata = new() { Name = "default" }, AutomountServiceAccountToken = false };

            V1PodSpec Pod() => new V1PodSpec { ServiceAccountName = "" };
        }
        """);

    [Fact]
    public Task ClassEraAccount_NamedAndPositionalArguments_Silence() => V.AnalyzerAsync(Usings + """
        class C
        {
            V1ServiceAccount Named() => new V1ServiceAccount(automountServiceAccountToken: false, metadata: new V1ObjectMeta(name: "builder"));
            V1ServiceAccount Positional() => new V1ServiceAccount("v1", false, null, "ServiceAccount", new V1ObjectMeta(null, null, null, null, null, null, null, null, null, "runner", "ci"));

            V1PodSpec Builder(System.Collections.Generic.IList<V1Container> c) => new V1PodSpec(c, serviceAccountName: "builder");
            V1Pod Runner(System.Collections.Generic.IList<V1Container> c) => new V1Pod(metadata: new V1ObjectMeta(namespaceProperty: "ci"), spec: new V1PodSpec(c, serviceAccountName: "runner"));
            V1Pod RunnerElsewhere(System.Collections.Generic.IList<V1Container> c) => new V1Pod(metadata: new V1ObjectMeta(namespaceProperty: "prod"), spec: new {|#0:V1PodSpec|}(c, serviceAccountName: "runner"));
        }
        """, Model.ClassEra, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod"));

    // ---- the index reads each account as the code finishes it ----

    [Fact]
    public Task AVariableReusedForAnotherAccount_EarlierWritesBelongToTheFirst() => VerifyAsync("""
        class C
        {
            System.Collections.Generic.List<object> M()
            {
                var sa = new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "builder" } };
                sa.AutomountServiceAccountToken = false;
                var all = new System.Collections.Generic.List<object> { sa };
                sa = new {|#1:V1ServiceAccount|} { Metadata = new V1ObjectMeta { Name = "runner" } };
                all.Add(sa);
                all.Add(new V1PodSpec { ServiceAccountName = "builder" });
                all.Add(new {|#0:V1PodSpec|} { ServiceAccountName = "runner" });
                return all;
            }
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec"),
        V.Diagnostic(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount).WithLocation(1).WithArguments("ServiceAccount 'runner'"));

    [Fact]
    public Task ALaterDefiniteNull_TurnsTheAccountsSettingBackOff() => VerifyAsync("""
        class C
        {
            V1ServiceAccount Account()
            {
                var sa = new {|#1:V1ServiceAccount|} { Metadata = new V1ObjectMeta { Name = "builder" }, AutomountServiceAccountToken = false };
                sa.AutomountServiceAccountToken = null;
                return sa;
            }

            V1PodSpec Pod() => new {|#0:V1PodSpec|} { ServiceAccountName = "builder" };
        }
        """,
        V.Diagnostic().WithLocation(0).WithArguments("Pod spec"),
        V.Diagnostic(RuleIdentifiers.ServiceAccountDoesNotDisableTokenAutomount).WithLocation(1).WithArguments("ServiceAccount 'builder'"));

    [Fact]
    public Task ARunTimeName_IsNotAnUnrelatedConstantOfTheSameName() => VerifyAsync("""
        static class Names
        {
            public const string Runner = "runner";
        }

        sealed class Options
        {
            public string Runner { get; set; } = "";
        }

        class C
        {
            V1ServiceAccount FromParameter(string Runner) => new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = Runner }, AutomountServiceAccountToken = false };

            V1ServiceAccount FromOptions(Options options) => new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = options.Runner }, AutomountServiceAccountToken = false };

            V1PodSpec Pod() => new {|#0:V1PodSpec|} { ServiceAccountName = "runner" };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));

    [Fact]
    public Task InterpolatedConstantNames_AndUsingAliases_AreRead() => VerifyAsync("""
        namespace Deploy
        {
            using Account = k8s.Models.V1ServiceAccount;

            class C
            {
                const string Team = "ci";

                Account Runner() => new Account { Metadata = new V1ObjectMeta { Name = $"{Team}-runner" }, AutomountServiceAccountToken = false };

                V1PodSpec Pod() => new V1PodSpec { ServiceAccountName = "ci-runner" };
            }
        }
        """);

    [Fact]
    public Task AProjectClassNamedLikeTheModelsAccount_IsNotAnAccount() => VerifyAsync("""
        namespace MyCompany.Identity
        {
            public sealed class V1ServiceAccount
            {
                public V1ObjectMeta? Metadata { get; set; }
                public bool? AutomountServiceAccountToken { get; set; }
            }

            class Accounts
            {
                V1ServiceAccount Builder() => new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "builder" }, AutomountServiceAccountToken = false };
            }
        }

        class C
        {
            V1PodSpec Pod() => new {|#0:V1PodSpec|} { ServiceAccountName = "builder" };

            k8s.Models.V1ServiceAccount Runner() => new k8s.Models.V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "runner" }, AutomountServiceAccountToken = false };

            V1PodSpec RunnerPod() => new V1PodSpec { ServiceAccountName = "runner" };
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec"));
}
