using System.Text;

namespace K8sGuard.Benchmarks;

/// <summary>
/// Generates realistic operator-style files, ten workloads each, about half of them hardened, mixing the ways
/// real code finishes pod specs: initializers, later assignments through parents, helpers, builders, aliases; their pods
/// carry security contexts (pod and container, one hardened, one not), an init container, volumes (emptyDir, hostPath),
/// host networking and a host port, so that every kind of rule of the pack has work in every file.
/// </summary>
public static class SourceGenerator
{
    public const int WorkloadsPerFile = 10;

    /// <summary>Pod specs per file that K8S0001 reports (the unhardened ones).</summary>
    public const int UnhardenedPerFile = 4;

    /// <summary>What every rule must report in each generated file (see <see cref="KubernetesFile"/>).</summary>
    public static IReadOnlyDictionary<string, int> ExpectedPerFile { get; } = new Dictionary<string, int>
    {
        ["K8S0001"] = UnhardenedPerFile,      // Web, Nightly, Database, Scratch
        ["K8S0102"] = 1,                      // Agent's HostNetwork
        ["K8S0103"] = 1,                      // Web's privileged init container
        ["K8S0105"] = 1,                      // Agent's hostPath volume
        ["K8S0106"] = 1,                      // Database's host port
        ["K8S0202"] = 2,                      // the Container helper's creation (no caller hardens it) and Web's init container
        ["K8S0203"] = 1,                      // Database's pod (its one container shown, neither sets it); Api's pod sets it
        ["K8S0205"] = 1,                      // Database's pod, likewise
        ["K8S0206"] = 2,                      // as K8S0202; Database's container drops ALL
    };

    public static string KubernetesFile(int index) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using k8s.Models;

        namespace Generated.Operators{{index}};

        public sealed class PodSpecBuilder{{index}}
        {
            private readonly V1PodSpec _spec = new() { Containers = new List<V1Container>() };
            public PodSpecBuilder{{index}} WithoutToken() { _spec.AutomountServiceAccountToken = false; return this; }
            public V1PodSpec Build() => _spec;
        }

        public static class Hardening{{index}}
        {
            public static void Apply(V1Pod pod) => pod.Spec.AutomountServiceAccountToken = false;
        }

        public sealed class Workloads{{index}}
        {
            private readonly string _namespace = "tenant-{{index}}";
            private static Dictionary<string, string> Labels(string app) => new() { ["app"] = app, ["tier"] = app.Length > 4 ? "backend" : "frontend" };
            private static V1Container Container(string name, string image) => new() { Name = name, Image = image, Args = name.Split('-').ToList() };

            public V1Deployment Web() => new()
            {
                Metadata = new V1ObjectMeta { Name = "web-{{index}}", NamespaceProperty = _namespace, Labels = Labels("web") },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 3,
                    Selector = new V1LabelSelector { MatchLabels = Labels("web") },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = Labels("web") },
                        Spec = new V1PodSpec
                        {
                            InitContainers = [new V1Container { Name = "init-web", Image = "busybox:1", SecurityContext = new V1SecurityContext { Privileged = true } }],
                            Containers = [Container("web", "nginx:1.27")],
                            Volumes = [new V1Volume { Name = "cache", EmptyDir = new V1EmptyDirVolumeSource() }],
                        },
                    },
                },
            };

            public V1Deployment Api() => new()
            {
                Metadata = new V1ObjectMeta { Name = "api-{{index}}", NamespaceProperty = _namespace },
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = Labels("api") },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            AutomountServiceAccountToken = false,
                            SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                            Containers = [Container("api", "api:2")],
                        },
                    },
                },
            };

            public V1Job Migrate()
            {
                var job = new V1Job
                {
                    Metadata = new V1ObjectMeta { Name = "migrate-{{index}}", NamespaceProperty = _namespace },
                    Spec = new V1JobSpec { BackoffLimit = 1, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [Container("migrate", "db:1")] } } },
                };
                job.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return job;
            }

            public V1CronJob Nightly() => new()
            {
                Metadata = new() { Name = "nightly-{{index}}" },
                Spec = new() { Schedule = "0 {{index % 24}} * * *", JobTemplate = new() { Spec = new() { Template = new() { Spec = new() { RestartPolicy = "OnFailure", Containers = [Container("nightly", "jobs:1")] } } } } },
            };

            public V1Pod Debug()
            {
                var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "debug-{{index}}" }, Spec = new V1PodSpec { Containers = [Container("debug", "busybox")] } };
                Hardening{{index}}.Apply(pod);
                return pod;
            }

            public V1StatefulSet Database() => new()
            {
                Metadata = new V1ObjectMeta { Name = "db-{{index}}" },
                Spec = new V1StatefulSetSpec
                {
                    ServiceName = "db",
                    Selector = new V1LabelSelector { MatchLabels = Labels("db") },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "db",
                                    Image = "postgres:16",
                                    Ports = [new V1ContainerPort { ContainerPort = 5432, HostPort = 5432 }],
                                    SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = ["ALL"] } },
                                },
                            ],
                        },
                    },
                },
            };

            public V1PodSpec Built() => new PodSpecBuilder{{index}}().WithoutToken().Build();

            public V1DaemonSet Agent() => new()
            {
                Metadata = new V1ObjectMeta { Name = "agent-{{index}}" },
                Spec = new V1DaemonSetSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = Labels("agent") },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            ServiceAccountName = "agent",
                            AutomountServiceAccountToken = true,
                            HostNetwork = true,
                            Containers = [Container("agent", "agent:7")],
                            Volumes = [new V1Volume { Name = "logs", HostPath = new V1HostPathVolumeSource { Path = "/var/log" } }],
                        },
                    },
                },
            };

            public V1Pod Scratch(int replicas)
            {
                var names = Enumerable.Range(0, replicas).Select(i => $"scratch-{i}").ToList();
                var spec = new V1PodSpec { Containers = names.Select(n => Container(n, "busybox")).ToList() };
                spec.RestartPolicy = replicas > 1 ? "Always" : "Never";
                return new V1Pod { Metadata = new V1ObjectMeta { Name = names.FirstOrDefault() ?? "scratch" }, Spec = spec };
            }

            public V1ReplicaSet Canary()
            {
                var spec = new V1PodSpec { Containers = [Container("canary", "web:canary")] };
                var replicaSet = new V1ReplicaSet { Spec = new V1ReplicaSetSpec { Selector = new V1LabelSelector { MatchLabels = Labels("canary") }, Template = new V1PodTemplateSpec { Spec = spec } } };
                replicaSet.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return replicaSet;
            }
        }
        """;

    /// <summary>
    /// The shapes of one large block the benchmark grows (a Pulumi stack, a manifest generator, a top-level program): each
    /// generates a block with a given number of objects, and says how many diagnostics K8sGuard must report on it.
    /// </summary>
    public static IReadOnlyList<BlockShape> BlockShapes { get; } = new BlockShape[]
    {
        new("pod specs and containers in locals", LocalsBlock, n => (n / 2) + ((n + 2) / 4)),
        new("pod specs hardened through an alias", AliasesBlock, n => n / 2),
        new("one local reassigned for every pod spec", ReassignedBlock, n => n / 2),
        new("a one-letter local in a long method", ShortNameBlock, n => n / 2),
        new("ServiceAccounts with their pods, top-level program", ServiceAccountsProgram, n => n / 4),
        new("factories finished by their caller through one reassigned local", FactoriesBlock, n => n / 2),
    };

    private const string BlockHeader = "using System.Collections.Generic;\nusing k8s.Models;\n\nnamespace Generated.Block;\n\npublic static class OneBlock\n{\n    public static List<object> Build(string image)\n    {\n        var all = new List<object>();\n";
    private const string BlockFooter = "        return all;\n    }\n}\n";

    /// <summary>
    /// <paramref name="podSpecs"/> pod specs in locals: each has a container with a security context, every second one is
    /// hardened by a later statement (K8S0001 reports the others), every fourth container is made privileged later (K8S0103).
    /// </summary>
    public static string LocalsBlock(int podSpecs)
    {
        var builder = new StringBuilder(BlockHeader);
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("        var container").Append(i).Append(" = new V1Container { Name = \"c").Append(i).Append("\", Image = image, SecurityContext = new V1SecurityContext { Privileged = false } };\n");
            builder.Append("        var spec").Append(i).Append(" = new V1PodSpec { Containers = [container").Append(i).Append("] };\n");
            if (i % 2 == 0)
            {
                builder.Append("        spec").Append(i).Append(".AutomountServiceAccountToken = false;\n");
            }

            if (i % 4 == 1)
            {
                builder.Append("        container").Append(i).Append(".SecurityContext.Privileged = true;\n");
            }

            builder.Append("        all.Add(spec").Append(i).Append(");\n");
        }

        return builder.Append(BlockFooter).ToString();
    }

    /// <summary>Each pod spec kept in a local, then a second local that aliases it; every second one hardened through the alias.</summary>
    public static string AliasesBlock(int podSpecs)
    {
        var builder = new StringBuilder(BlockHeader);
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("        var spec").Append(i).Append(" = new V1PodSpec { Containers = [new V1Container { Name = \"c").Append(i).Append("\", Image = image }] };\n");
            builder.Append("        var alias").Append(i).Append(" = spec").Append(i).Append(";\n");
            if (i % 2 == 0)
            {
                builder.Append("        alias").Append(i).Append(".AutomountServiceAccountToken = false;\n");
            }

            builder.Append("        all.Add(alias").Append(i).Append(");\n");
        }

        return builder.Append(BlockFooter).ToString();
    }

    /// <summary>One local given a new pod spec for every object; every second one hardened before the next.</summary>
    public static string ReassignedBlock(int podSpecs)
    {
        var builder = new StringBuilder(BlockHeader).Append("        V1PodSpec spec;\n");
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("        spec = new V1PodSpec { Containers = [new V1Container { Name = \"c").Append(i).Append("\", Image = image }] };\n");
            if (i % 2 == 0)
            {
                builder.Append("        spec.AutomountServiceAccountToken = false;\n");
            }

            builder.Append("        all.Add(spec);\n");
        }

        return builder.Append(BlockFooter).ToString();
    }

    /// <summary>
    /// A pod spec in a local named <c>s</c>, hardened at the end of a long method whose every statement holds the letter:
    /// the other pod specs are created inline, every second one with the token off.
    /// </summary>
    public static string ShortNameBlock(int podSpecs)
    {
        var builder = new StringBuilder(BlockHeader).Append("        var s = new V1PodSpec { Containers = [new V1Container { Name = \"s\", Image = image }] };\n");
        for (var i = 1; i < podSpecs; i++)
        {
            builder.Append("        all.Add(new V1PodSpec { Containers = [new V1Container { Name = \"s").Append(i).Append("\", Image = image }]")
                .Append(i % 2 == 0 ? ", AutomountServiceAccountToken = false" : string.Empty).Append(" });\n");
        }

        return builder.Append("        s.AutomountServiceAccountToken = false;\n        all.Add(s);\n").Append(BlockFooter).ToString();
    }

    /// <summary>
    /// <paramref name="podSpecs"/> private factories, each returning a new pod spec, and one method that calls them all
    /// through one local reassigned for each, hardening every second result (K8S0001 reports the others' factories).
    /// </summary>
    public static string FactoriesBlock(int podSpecs)
    {
        var builder = new StringBuilder(BlockHeader).Append("        V1PodSpec spec;\n");
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("        spec = Spec").Append(i).Append("(image);\n");
            if (i % 2 == 0)
            {
                builder.Append("        spec.AutomountServiceAccountToken = false;\n");
            }

            builder.Append("        all.Add(spec);\n");
        }

        builder.Append("        return all;\n    }\n\n");
        for (var i = 0; i < podSpecs; i++)
        {
            builder.Append("    private static V1PodSpec Spec").Append(i).Append("(string image) => new V1PodSpec { Containers = [new V1Container { Name = \"c").Append(i).Append("\", Image = image }] };\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>
    /// A top-level program that creates <paramref name="objects"/> / 2 ServiceAccounts, each in a local, and a pod spec that
    /// runs as each; every second account turns automounting off (K8S0002 reports the others, and their pods are covered).
    /// </summary>
    public static string ServiceAccountsProgram(int objects)
    {
        var builder = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing k8s.Models;\n\nvar all = new List<object>();\nvar image = args[0];\n");
        for (var i = 0; i < objects / 2; i++)
        {
            builder.Append("var account").Append(i).Append(" = new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = \"sa-").Append(i).Append("\", NamespaceProperty = \"apps\" } };\n");
            if (i % 2 == 0)
            {
                builder.Append("account").Append(i).Append(".AutomountServiceAccountToken = false;\n");
            }

            builder.Append("var pod").Append(i).Append(" = new V1PodSpec { ServiceAccountName = \"sa-").Append(i).Append("\", Containers = [new V1Container { Name = \"c").Append(i).Append("\", Image = image }] };\n");
            if (i % 2 == 1)
            {
                builder.Append("pod").Append(i).Append(".AutomountServiceAccountToken = false;\n");
            }

            builder.Append("all.Add(account").Append(i).Append(");\nall.Add(pod").Append(i).Append(");\n");
        }

        return builder.Append("Console.WriteLine(all.Count);\n").ToString();
    }

    /// <summary>The file a user edits while another file of the project creates many ServiceAccounts: two short workloads.</summary>
    public static string SmallEditedFile() => """
        using k8s.Models;

        namespace Generated.Edited;

        public static class Edited
        {
            public static V1PodSpec Open() => new V1PodSpec { ServiceAccountName = "sa-1", Containers = [new V1Container { Name = "web" }] };
            public static V1PodSpec Closed() => new V1PodSpec { AutomountServiceAccountToken = false, Containers = [new V1Container { Name = "web" }] };
        }
        """;

    /// <summary>A library file with <paramref name="accounts"/> ServiceAccounts created in one method.</summary>
    public static string ServiceAccountsFile(int accounts)
    {
        var builder = new StringBuilder("using System.Collections.Generic;\nusing k8s.Models;\n\nnamespace Generated.Accounts;\n\npublic static class Accounts\n{\n    public static List<V1ServiceAccount> All()\n    {\n        var all = new List<V1ServiceAccount>();\n");
        for (var i = 0; i < accounts; i++)
        {
            builder.Append("        var account").Append(i).Append(" = new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = \"sa-").Append(i).Append("\" } };\n");
            builder.Append("        account").Append(i).Append(".AutomountServiceAccountToken = ").Append(i % 2 == 0 ? "false" : "true").Append(";\n");
            builder.Append("        all.Add(account").Append(i).Append(");\n");
        }

        return builder.Append("        return all;\n    }\n}\n").ToString();
    }

    /// <summary>The same shape of code with the project's own types: no Kubernetes model in the compilation.</summary>
    public static string PlainFile(int index) => KubernetesFile(index)
        .Replace("using k8s.Models;", "using Generated.Plain;", StringComparison.Ordinal)
        .Replace("namespace Generated.Operators", "namespace Generated.PlainOperators", StringComparison.Ordinal);

    /// <summary>
    /// A realistic solution of <paramref name="files"/> files in which one file in <paramref name="everyNth"/> builds workloads
    /// (<see cref="KubernetesFile"/>: builders, helpers, factories finished by their callers) and the rest is ordinary code
    /// (<see cref="OrdinaryFile"/>): what a user of K8sGuard builds and edits.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> UserSolution(int files, int everyNth)
        => Enumerable.Range(0, files).Select(i => i % everyNth == everyNth / 2 ? ($"Workloads/Operators{i}.cs", KubernetesFile(i)) : ($"Services/Service{i}.cs", OrdinaryFile(i)));

    /// <summary>
    /// An ordinary file of an operator's solution: records, a store, an async service with pattern matching, LINQ and string
    /// building, a retry helper; every third one also reads pods and marks them with labels and annotations (an operator's
    /// status code: Kubernetes types, no workload built).
    /// </summary>
    public static string OrdinaryFile(int index)
    {
        var podStatus = index % 3 != 0 ? string.Empty : $$"""

            public static class PodStatus{{index}}
            {
                public static IReadOnlyList<string> NotReady(IEnumerable<V1Pod> pods)
                    => pods.Where(p => p.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") != true).Select(p => p.Metadata?.Name ?? "?").ToList();

                public static void MarkSeen(V1Pod pod, DateTimeOffset now)
                {
                    pod.Metadata ??= new V1ObjectMeta();
                    pod.Metadata.Annotations ??= new Dictionary<string, string>();
                    pod.Metadata.Annotations["operator.example.com/seen"] = now.ToString("O", CultureInfo.InvariantCulture);
                    pod.Metadata.Labels ??= new Dictionary<string, string>();
                    pod.Metadata.Labels["operator.example.com/generation"] = "{{index}}";
                }
            }
            """;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using k8s.Models;

            namespace Generated.Services{{index}};

            public sealed record Order(Guid Id, string Customer, decimal Amount, DateTimeOffset Placed, IReadOnlyList<string> Tags);

            public enum OrderState { Pending, Paid, Shipped, Cancelled }

            public interface IOrderStore
            {
                Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task SaveAsync(Order order, CancellationToken cancellationToken);
            }

            public sealed class InMemoryOrderStore : IOrderStore
            {
                private readonly Dictionary<Guid, Order> _orders = new();
                private readonly object _gate = new();

                public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
                {
                    lock (_gate)
                    {
                        return Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null);
                    }
                }

                public Task SaveAsync(Order order, CancellationToken cancellationToken)
                {
                    lock (_gate)
                    {
                        _orders[order.Id] = order;
                    }

                    return Task.CompletedTask;
                }
            }

            public sealed class OrderService
            {
                private readonly IOrderStore _store;
                private readonly List<string> _log = new();

                public OrderService(IOrderStore store) => _store = store;

                public async Task<OrderState> ProcessAsync(Guid id, CancellationToken cancellationToken)
                {
                    var order = await _store.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"order {id} not found");
                    var state = Classify(order, DateTimeOffset.UtcNow);
                    _log.Add($"{DateTimeOffset.UtcNow:O} {order.Customer} {state}");
                    if (state == OrderState.Paid)
                    {
                        await _store.SaveAsync(order with { Tags = order.Tags.Append("processed-{{index}}").ToList() }, cancellationToken).ConfigureAwait(false);
                    }

                    return state;
                }

                public static OrderState Classify(Order order, DateTimeOffset now) => order switch
                {
                    { Amount: <= 0 } => OrderState.Cancelled,
                    { Tags.Count: > 3 } => OrderState.Shipped,
                    _ when order.Placed < now.AddDays(-30) => OrderState.Cancelled,
                    _ => order.Amount > {{100 + index}} ? OrderState.Paid : OrderState.Pending,
                };

                public IReadOnlyDictionary<string, decimal> TotalsByCustomer(IEnumerable<Order> orders)
                    => orders.Where(o => o.Amount > 0).GroupBy(o => o.Customer, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount));

                public string Report(IEnumerable<Order> orders)
                {
                    var builder = new StringBuilder();
                    foreach (var (customer, total) in TotalsByCustomer(orders).OrderByDescending(p => p.Value))
                    {
                        builder.Append(customer).Append(": ").AppendLine(total.ToString("F2", CultureInfo.InvariantCulture));
                    }

                    for (var i = 0; i < _log.Count; i++)
                    {
                        if (i % 10 == 0)
                        {
                            builder.AppendLine(_log[i]);
                        }
                    }

                    return builder.ToString();
                }
            }

            public static class Retry
            {
                public static async Task<T> WithBackoffAsync<T>(Func<CancellationToken, Task<T>> action, int attempts, CancellationToken cancellationToken)
                {
                    var delay = TimeSpan.FromMilliseconds(50);
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            return await action(cancellationToken).ConfigureAwait(false);
                        }
                        catch (Exception e) when (attempt < attempts && e is not OperationCanceledException)
                        {
                            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                        }
                    }
                }
            }
            {{podStatus}}
            """;
    }

    /// <summary>Look-alike types for <see cref="PlainFile"/>, declared once per compilation.</summary>
    public static string PlainModels()
    {
        var types = new[]
        {
            "V1ObjectMeta { public string? Name { get; set; } public string? NamespaceProperty { get; set; } public string? GenerateName { get; set; } public IDictionary<string, string>? Labels { get; set; } }",
            "V1Container { public string? Name { get; set; } public string? Image { get; set; } public IList<string>? Args { get; set; } }",
            "V1PodSpec { public IList<V1Container>? Containers { get; set; } public bool? AutomountServiceAccountToken { get; set; } public string? RestartPolicy { get; set; } public string? ServiceAccountName { get; set; } }",
            "V1PodTemplateSpec { public V1ObjectMeta? Metadata { get; set; } public V1PodSpec? Spec { get; set; } }",
            "V1LabelSelector { public IDictionary<string, string>? MatchLabels { get; set; } }",
            "V1DeploymentSpec { public int? Replicas { get; set; } public V1LabelSelector? Selector { get; set; } public V1PodTemplateSpec? Template { get; set; } }",
            "V1Deployment { public V1ObjectMeta? Metadata { get; set; } public V1DeploymentSpec? Spec { get; set; } }",
            "V1JobSpec { public int? BackoffLimit { get; set; } public V1PodTemplateSpec? Template { get; set; } }",
            "V1Job { public V1ObjectMeta? Metadata { get; set; } public V1JobSpec? Spec { get; set; } }",
            "V1JobTemplateSpec { public V1JobSpec? Spec { get; set; } }",
            "V1CronJobSpec { public string? Schedule { get; set; } public V1JobTemplateSpec? JobTemplate { get; set; } }",
            "V1CronJob { public V1ObjectMeta? Metadata { get; set; } public V1CronJobSpec? Spec { get; set; } }",
            "V1Pod { public V1ObjectMeta? Metadata { get; set; } public V1PodSpec? Spec { get; set; } }",
            "V1StatefulSetSpec { public string? ServiceName { get; set; } public V1LabelSelector? Selector { get; set; } public V1PodTemplateSpec? Template { get; set; } }",
            "V1StatefulSet { public V1ObjectMeta? Metadata { get; set; } public V1StatefulSetSpec? Spec { get; set; } }",
            "V1DaemonSetSpec { public V1LabelSelector? Selector { get; set; } public V1PodTemplateSpec? Template { get; set; } }",
            "V1DaemonSet { public V1ObjectMeta? Metadata { get; set; } public V1DaemonSetSpec? Spec { get; set; } }",
            "V1ReplicaSetSpec { public V1LabelSelector? Selector { get; set; } public V1PodTemplateSpec? Template { get; set; } }",
            "V1ReplicaSet { public V1ObjectMeta? Metadata { get; set; } public V1ReplicaSetSpec? Spec { get; set; } }",
        };
        var builder = new StringBuilder("using System.Collections.Generic;\nnamespace Generated.Plain;\n");
        foreach (var type in types)
        {
            builder.Append("public sealed record ").Append(type).Append('\n');
        }

        return builder.ToString();
    }
}

/// <summary>One shape of a large block: its name, its source for a number of objects, and the diagnostics K8sGuard must report on it.</summary>
public sealed record BlockShape(string Name, Func<int, string> Generate, Func<int, int> ExpectedDiagnostics);
