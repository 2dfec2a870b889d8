using System.Linq;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>How real operator code finishes pod specs: builders, hardening helpers, locals, parents.</summary>
public sealed class K8S0001FlowTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using k8s.Models;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(Usings + source, Model.RecordEra, expected);

    // ---- builder fields ----

    [Fact]
    public Task BuilderField_SetByAnotherMember_IsNotReported() => VerifyAsync("""
        public sealed class PodSpecBuilder
        {
            private readonly V1PodSpec _spec = new() { Containers = [] };

            public PodSpecBuilder WithoutApiAccess()
            {
                _spec.AutomountServiceAccountToken = false;
                return this;
            }

            public V1PodSpec Build() => _spec;
        }
        """);

    [Fact]
    public Task BuilderProperty_SetThroughAParentPath_IsNotReported() => VerifyAsync("""
        public sealed class PodBuilder
        {
            public V1Pod Pod { get; } = new() { Spec = new V1PodSpec() };

            public PodBuilder Hardened()
            {
                this.Pod.Spec.AutomountServiceAccountToken = false;
                return this;
            }
        }
        """);

    [Fact]
    public Task BuilderField_CreatedInTheConstructor_IsNotReported() => VerifyAsync("""
        public sealed class JobBuilder
        {
            private readonly V1Job _job;

            public JobBuilder(string name)
            {
                _job = new V1Job { Metadata = new() { Name = name }, Spec = new() { Template = new() { Spec = new V1PodSpec() } } };
            }

            public JobBuilder NoToken()
            {
                _job.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return this;
            }
        }
        """);

    [Fact]
    public Task BuilderField_NeverSet_IsReported() => VerifyAsync("""
        public sealed class PodSpecBuilder
        {
            private readonly V1PodSpec _spec = new [|V1PodSpec|] { Containers = [] };
            private readonly V1PodSpec _other = new V1PodSpec();

            public PodSpecBuilder WithoutApiAccess()
            {
                _other.AutomountServiceAccountToken = false;
                return this;
            }
        }
        """);

    [Fact]
    public Task BuilderField_SetInAnotherPartialDeclaration_IsNotReported()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            public sealed partial class Builder
            {
                private readonly V1PodSpec _spec = new() { Containers = [] };
            }
            """);
        test.TestState.Sources.Add(("Builder.Hardening.cs", Usings + """
            public sealed partial class Builder
            {
                public void Harden() => _spec.AutomountServiceAccountToken = false;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task BuilderField_NamedOnlyInCommentsAndStrings_IsReported() => VerifyAsync("""
        public sealed class PodSpecBuilder
        {
            private readonly V1PodSpec _spec = new [|V1PodSpec|] { Containers = [] };

            // _spec.AutomountServiceAccountToken = false;
            public string Note => "_spec.AutomountServiceAccountToken = false";

            public PodSpecBuilder WithAutomountServiceAccountTokenDefault() => this;
        }
        """);

    [Theory]
    [InlineData("@AutomountServiceAccountToken")]
    [InlineData(@"Automount\u0053erviceAccountToken")]
    [InlineData(@"\u0041utomountServiceAccountToken")]
    [InlineData("Automount\u200DServiceAccountToken")]
    [InlineData("Automount\u00ADServiceAccountToken")]
    public Task BuilderField_SetThroughAVerbatimOrEscapedName_IsNotReported(string name) => VerifyAsync($$"""
        public sealed class PodSpecBuilder
        {
            private readonly V1PodSpec _spec = new() { Containers = [] };

            public PodSpecBuilder WithoutApiAccess()
            {
                _spec.{{name}} = false;
                return this;
            }
        }
        """);

    [Fact]
    public Task BuilderField_SetAmongManyMembers_IsNotReported()
    {
        // The assignment sits far into the type, past the text search's first chunk.
        var filler = string.Concat(Enumerable.Range(0, 400).Select(i => $"    public string Label{i} => \"label-{i}\";\n"));
        return VerifyAsync($$"""
            public sealed class PodSpecBuilder
            {
                private readonly V1PodSpec _spec = new() { Containers = [] };
            {{filler}}
                public PodSpecBuilder WithoutApiAccess() { _spec.AutomountServiceAccountToken = false; return this; }
            }
            """);
    }

    // ---- hardening helpers, one call deep ----

    [Fact]
    public Task HelperThatSetsTheFlagOnItsParameter_IsNotReported() => VerifyAsync("""
        static class Hardening
        {
            public static void DisableToken(V1PodSpec spec) => spec.AutomountServiceAccountToken = false;
            public static V1PodSpec Harden(this V1PodSpec spec) { spec.AutomountServiceAccountToken = false; return spec; }
            public static void HardenPod(V1Pod pod) { pod.Spec.AutomountServiceAccountToken = false; }
        }

        class C
        {
            void Local()
            {
                var spec = new V1PodSpec();
                Hardening.DisableToken(spec);
            }

            V1PodSpec Direct() => Hardening.Harden(new V1PodSpec { Containers = [] });
            V1PodSpec Extension() => new V1PodSpec().Harden();

            V1Pod ThroughParent()
            {
                var pod = new V1Pod { Spec = new V1PodSpec() };
                Hardening.HardenPod(pod);
                return pod;
            }

            V1Pod NotHardened() { var pod = new V1Pod { Spec = new {|#0:V1PodSpec|}() }; return pod; }
        }
        """, V.Diagnostic().WithLocation(0).WithArguments("Pod spec of Pod"));

    [Fact]
    public Task HelperThatDoesNotSetTheFlag_OrSetsAnotherPath_IsReported() => VerifyAsync("""
        static class Helpers
        {
            public static void AddSidecar(V1PodSpec spec) => spec.Containers.Add(new V1Container { Name = "sidecar" });
            public static void HardenSpec(V1PodSpec spec) => spec.AutomountServiceAccountToken = false;
            public static void Nothing(V1Pod pod) { }
        }

        class C
        {
            void M()
            {
                var spec = new [|V1PodSpec|] { Containers = [] };
                Helpers.AddSidecar(spec);
                var pod = new V1Pod { Spec = new [|V1PodSpec|]() };
                Helpers.Nothing(pod);
            }
        }
        """);

    [Fact]
    public Task HelperInAnotherFile_IsFollowed()
    {
        var test = V.CreateAnalyzerTest(Usings + """
            class C
            {
                V1Deployment M()
                {
                    var deployment = new V1Deployment { Spec = new() { Template = new() { Spec = new V1PodSpec() } } };
                    SecurityDefaults.Apply(deployment);
                    return deployment;
                }
            }
            """);
        test.TestState.Sources.Add(("SecurityDefaults.cs", Usings + """
            static class SecurityDefaults
            {
                public static void Apply(V1Deployment deployment)
                {
                    deployment.Spec.Template.Spec.AutomountServiceAccountToken = false;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task HelpersOfHelpers_AreFollowed() => VerifyAsync("""
        static class Hardening
        {
            public static void Outer(V1PodSpec spec) => Inner(spec);
            public static void Inner(V1PodSpec spec) => spec.AutomountServiceAccountToken = false;
            public static void Policy(V1Pod pod) => Security.Apply(pod.Spec);
            public static void Loop(V1PodSpec spec) => Loop(spec);
        }

        static class Security
        {
            public static void Apply(V1PodSpec target) => Hardening.Outer(target);
        }

        class C
        {
            void M()
            {
                var spec = new V1PodSpec();
                Hardening.Outer(spec);
                var pod = new V1Pod { Spec = new V1PodSpec() };
                Hardening.Policy(pod);
                var cycle = new [|V1PodSpec|]();
                Hardening.Loop(cycle);
            }
        }
        """);

    [Fact]
    public Task HelperNamesAreMatchedWhereTheyMeanTheParameter() => VerifyAsync("""
        static class Hardening
        {
            // The lambda's own `spec` is not the parameter, and the lambda never runs anyway.
            public static void Shadowed(V1PodSpec spec)
            {
                Action<V1PodSpec> later = spec => spec.AutomountServiceAccountToken = false;
            }

            // A nested type or another object's member called `spec` is not the parameter either.
            public static void OtherSpec(V1PodSpec spec, Holder holder) => holder.spec.AutomountServiceAccountToken = false;

            // An alias inside the helper is the parameter's object.
            public static void Alias(V1Pod pod)
            {
                var s = pod.Spec;
                s.AutomountServiceAccountToken = false;
            }
        }

        class Holder
        {
            public V1PodSpec spec = new [|V1PodSpec|]();
        }

        class C
        {
            void M(Holder holder)
            {
                var shadowed = new [|V1PodSpec|]();
                Hardening.Shadowed(shadowed);
                var other = new [|V1PodSpec|]();
                Hardening.OtherSpec(other, holder);
                var aliased = new V1Pod { Spec = new V1PodSpec() };
                Hardening.Alias(aliased);
            }
        }
        """);

    [Fact]
    public Task BuilderMembers_AreMatchedWhereTheNameMeansTheField() => VerifyAsync("""
        public sealed class PodSpecBuilder
        {
            private readonly V1PodSpec _spec = new [|V1PodSpec|] { Containers = [] };

            public void Unrelated()
            {
                var _spec = new V1PodSpec();
                _spec.AutomountServiceAccountToken = false;
            }

            public void Parameter(V1PodSpec _spec) => _spec.AutomountServiceAccountToken = false;

            public V1PodSpec Build() => this._spec;
        }

        public sealed class HardenedBuilder
        {
            private readonly V1PodSpec _spec = new() { Containers = [] };

            public void Unrelated(V1PodSpec _spec) => this._spec.AutomountServiceAccountToken = false;
        }
        """);

    [Fact]
    public Task LoopsOverTheCollectionThatHoldsThePods_Count() => VerifyAsync("""
        class C
        {
            List<V1Deployment> ForEach()
            {
                var all = new List<V1Deployment>
                {
                    new V1Deployment { Spec = new() { Template = new() { Spec = new V1PodSpec() } } },
                    new V1Deployment { Spec = new() { Template = new() { Spec = new V1PodSpec() } } },
                };
                foreach (var d in all)
                {
                    d.Spec.Template.Spec.AutomountServiceAccountToken = false;
                }

                return all;
            }

            V1Pod[] ForWithAnIndexer()
            {
                var pods = new[] { new V1Pod { Spec = new V1PodSpec() } };
                for (var i = 0; i < pods.Length; i++)
                {
                    pods[i].Spec.AutomountServiceAccountToken = false;
                }

                return pods;
            }

            List<V1Pod> ListForEach()
            {
                var pods = new List<V1Pod>();
                pods.Add(new V1Pod { Spec = new V1PodSpec() });
                pods.ForEach(p => Harden(p.Spec));
                return pods;
            }

            List<V1Pod> LoopOverAnotherList(List<V1Pod> others)
            {
                var pods = new List<V1Pod> { new V1Pod { Spec = new [|V1PodSpec|]() } };
                foreach (var p in others)
                {
                    p.Spec.AutomountServiceAccountToken = false;
                }

                return pods;
            }

            static void Harden(V1PodSpec spec) => spec.AutomountServiceAccountToken = false;
        }
        """);

    [Fact]
    public Task AHelperLoopingOverThePodsItIsGiven_Counts() => VerifyAsync("""
        static class Hardening
        {
            public static void All(IEnumerable<V1Deployment> deployments)
            {
                foreach (var d in deployments)
                {
                    d.Spec.Template.Spec.AutomountServiceAccountToken = false;
                }
            }
        }

        class C
        {
            List<V1Deployment> M()
            {
                var all = new List<V1Deployment> { new V1Deployment { Spec = new() { Template = new() { Spec = new V1PodSpec() } } } };
                Hardening.All(all);
                return all;
            }
        }
        """);

    // ---- locals ----

    [Fact]
    public Task ReassignedLocal_TracksTheObjectItHolds() => VerifyAsync("""
        class C
        {
            void M()
            {
                var spec = new V1PodSpec();
                spec.AutomountServiceAccountToken = false;
                spec = new [|V1PodSpec|]();
                Console.WriteLine(spec);
            }

            void SetBeforeTheCreation(V1PodSpec spec)
            {
                spec.AutomountServiceAccountToken = false;
                spec = new [|V1PodSpec|]();
            }
        }
        """);

    [Fact]
    public Task AssignmentsInBranchesLambdasAndLocalFunctions_Count() => VerifyAsync("""
        class C
        {
            V1PodSpec Branch(bool api)
            {
                var spec = new V1PodSpec();
                if (api) spec.AutomountServiceAccountToken = true;
                else spec.AutomountServiceAccountToken = false;
                return spec;
            }

            Action Lambda()
            {
                var spec = new V1PodSpec();
                return () => spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec LocalFunction()
            {
                var spec = new V1PodSpec();
                Harden();
                return spec;

                void Harden() => spec.AutomountServiceAccountToken = false;
            }
        }
        """);

    [Fact]
    public Task LocalNamedLaterOnlyThroughAUnicodeEscape_IsFollowed() => VerifyAsync("""
        class C
        {
            V1PodSpec M()
            {
                var spec = new V1PodSpec();
                sp\u0065c.AutomountServiceAccountToken = false;
                return sp\u0065c;
            }
        }
        """);

    [Fact]
    public Task LocalNeverNamedAgain_IsReported_AndEarlierStatementsDoNotCount() => VerifyAsync("""
        class C
        {
            V1PodSpec M(V1PodSpec other)
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = false };
                spec.AutomountServiceAccountToken = false;
                other.AutomountServiceAccountToken = false;
                var unused = new [|V1PodSpec|]();
                return spec;
            }
        }
        """);

    [Fact]
    public Task SecondObjectOfABlock_UsesTheFlowFromItsOwnPosition() => VerifyAsync("""
        class C
        {
            (V1PodSpec, V1PodSpec) M()
            {
                var first = new [|V1PodSpec|]();
                var second = new V1PodSpec();
                first = second;
                first.AutomountServiceAccountToken = false;
                return (first, second);
            }
        }
        """);

    [Fact]
    public Task AliasOfTheLocal_Counts() => VerifyAsync("""
        class C
        {
            void M()
            {
                var spec = new V1PodSpec();
                var same = spec;
                same.AutomountServiceAccountToken = false;
            }
        }
        """);

    // ---- parents ----

    [Fact]
    public Task SpecStoredIntoAParent_IsSetThroughTheParent() => VerifyAsync("""
        class C
        {
            V1Pod Assigned()
            {
                var spec = new V1PodSpec { Containers = [] };
                var pod = new V1Pod();
                pod.Spec = spec;
                pod.Spec.AutomountServiceAccountToken = false;
                return pod;
            }

            V1PodTemplateSpec Initializer()
            {
                var spec = new V1PodSpec();
                var template = new V1PodTemplateSpec { Spec = spec };
                template.Spec.AutomountServiceAccountToken = false;
                return template;
            }

            V1Deployment Deep()
            {
                var spec = new V1PodSpec();
                var deployment = new V1Deployment { Spec = new() { Template = new() { Spec = spec } } };
                deployment.Spec.Template.Spec.AutomountServiceAccountToken = false;
                return deployment;
            }
        }
        """);

    [Fact]
    public Task ParentWhoseSpecIsReplaced_DoesNotSilenceTheOldSpec() => VerifyAsync("""
        class C
        {
            V1Pod M(V1PodSpec template)
            {
                var pod = new V1Pod { Spec = new [|V1PodSpec|]() };
                pod.Spec = template;
                pod.Spec.AutomountServiceAccountToken = false;
                return pod;
            }
        }
        """);
}
