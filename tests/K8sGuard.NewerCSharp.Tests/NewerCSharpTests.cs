namespace K8sGuard.NewerCSharp.Tests;

/// <summary>Newer C# the engine follows: each shape finishes a pod spec (not reported) or leaves one unset (reported).</summary>
public sealed class NewerCSharpTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing k8s.Models;\n\n";

    [Fact]
    public Task NullConditionalAssignment_InTheBlockAndInAHelper() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        static class Hardening
        {
            public static void Apply(V1Pod? pod) => pod?.Spec.AutomountServiceAccountToken = false;
        }

        class C
        {
            V1PodSpec InTheBlock()
            {
                var spec = new V1PodSpec();
                spec?.AutomountServiceAccountToken = false;
                return spec;
            }

            V1Pod ThroughAHelper()
            {
                var pod = new V1Pod { Spec = new V1PodSpec() };
                Hardening.Apply(pod);
                return pod;
            }

            V1PodSpec Unset() => new V1PodSpec(); // expect: K8S0001
        }
        """);

    [Fact]
    public Task ExtensionMembers_SetTheFlag() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        static class PodSpecExtensions
        {
            extension(V1PodSpec spec)
            {
                public void WithoutToken() => spec.AutomountServiceAccountToken = false;
                public void Nothing() { }
            }
        }

        class C
        {
            V1PodSpec Hardened()
            {
                var spec = new V1PodSpec();
                spec.WithoutToken();
                return spec;
            }

            V1PodSpec NotHardened()
            {
                var spec = new V1PodSpec(); // expect: K8S0001
                spec.Nothing();
                return spec;
            }
        }
        """);

    [Fact]
    public Task FieldKeyword_LazyBuilder() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        class PodBuilder
        {
            public V1PodSpec Spec => field ??= new V1PodSpec { Containers = [] };

            public PodBuilder WithoutToken()
            {
                Spec.AutomountServiceAccountToken = false;
                return this;
            }
        }

        class UnhardenedBuilder
        {
            public V1PodSpec Spec => field ??= new V1PodSpec { Containers = [] }; // expect: K8S0001
        }
        """);

    [Fact]
    public Task PrimaryConstructorParameter_HeldByABuilder() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        class Hardener(V1PodSpec spec)
        {
            public void Apply() => spec.AutomountServiceAccountToken = false;
        }

        class C
        {
            V1PodSpec M()
            {
                var spec = new V1PodSpec();
                new Hardener(spec).Apply();
                return spec;
            }

            V1PodSpec Unset() => new V1PodSpec(); // expect: K8S0001
        }
        """);

    [Fact]
    public Task CollectionSpreads_AndRequiredMembers_KeepTheirContainers() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        class C
        {
            V1PodSpec Spread(List<V1Container> sidecars) => new V1PodSpec
            {
                AutomountServiceAccountToken = false,
                Containers = [.. sidecars, new V1Container { Name = "app", SecurityContext = new() { Privileged = true } }], // expect: K8S0103
            };
        }
        """);

    [Fact]
    public Task TuplesAndDeconstruction() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        class C
        {
            (V1PodSpec, V1PodSpec) Pair()
            {
                var (api, worker) = (new V1PodSpec(), new V1PodSpec()); // expect: K8S0001
                api.AutomountServiceAccountToken = false;
                return (api, worker);
            }

            (V1PodSpec Spec, string Name) Named()
            {
                var pair = (Spec: new V1PodSpec(), Name: "api");
                pair.Spec.AutomountServiceAccountToken = false;
                var other = (new V1PodSpec(), "web");
                other.Item1.AutomountServiceAccountToken = false;
                return pair;
            }
        }
        """);

    [Fact]
    public Task RecordsRequiredMembersAndTupleElements() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        record Template(V1PodSpec Spec);

        class Workload
        {
            public required V1PodSpec Spec { get; init; }
        }

        class C
        {
            Template Record()
            {
                var template = new Template(new V1PodSpec());
                template.Spec.AutomountServiceAccountToken = false;
                return template;
            }

            Workload Required()
            {
                var workload = new Workload { Spec = new V1PodSpec() };
                workload.Spec.AutomountServiceAccountToken = false;
                return workload;
            }

            (V1PodSpec Spec, string Name) Tuple()
            {
                var pair = (Spec: new V1PodSpec(), Name: "api"); // expect: K8S0001
                return pair;
            }

            Workload RequiredUnset() => new Workload { Spec = new V1PodSpec() }; // expect: K8S0001
        }
        """);

    [Fact]
    public Task Dynamic_SetsThroughADynamicAliasCount() => NewerCompiler.AssertReportsMarkedLinesAsync(Usings + """
        class C
        {
            V1PodSpec Set()
            {
                var spec = new V1PodSpec();
                dynamic d = spec;
                d.AutomountServiceAccountToken = false;
                return spec;
            }

            V1PodSpec Other()
            {
                var spec = new V1PodSpec(); // expect: K8S0001
                dynamic d = spec;
                d.Hostname = "x";
                return spec;
            }
        }
        """);
}
