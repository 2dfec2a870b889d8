using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace K8sGuard.Analyzers.Tests.Rules;

/// <summary>
/// Only code that runs finishes a pod spec: assignments after a <c>return</c>, under a constant-false condition, in a local
/// function never called or a lambda never invoked do not count; a later definite <c>null</c> or <c>default</c> is the
/// value the field ends with. On every object model, through the engine every rule shares.
/// </summary>
public sealed class K8S0001CodeThatRunsTests
{
    private static readonly RuleVerifier V = new(RuleIdentifiers.PodSpecDoesNotDisableTokenAutomount);

    private const string RecordEra = """
        using System;
        using k8s.Models;

        """;

    private const string Pulumi = """
        using System;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => V.AnalyzerAsync(RecordEra + source, Model.RecordEra, expected);

    private static DiagnosticResult PodSpec(int location) => V.Diagnostic().WithLocation(location).WithArguments("Pod spec");

    // ---- code that never runs ----

    [Fact]
    public Task AssignmentAfterReturnOrThrow_DoesNotCount() => VerifyAsync("""
        class C
        {
            V1PodSpec AfterReturn()
            {
                var spec = new {|#0:V1PodSpec|}();
                return spec;
                spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec AfterThrow(bool fail)
            {
                var spec = new {|#1:V1PodSpec|}();
                if (fail)
                {
                    return spec;
                }

                throw new InvalidOperationException();
                spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec AfterBothBranchesReturn(bool api, V1PodSpec other)
            {
                var spec = new {|#2:V1PodSpec|}();
                if (api) { return spec; } else { return other; }
                spec.AutomountServiceAccountToken = false;
            }
        }
        """, PodSpec(0), PodSpec(1), PodSpec(2));

    [Fact]
    public Task AssignmentAfterALabelAJumpReaches_Counts() => VerifyAsync("""
        class C
        {
            V1PodSpec M()
            {
                var spec = new V1PodSpec();
                goto harden;
                spec.RestartPolicy = "Never";
            harden:
                spec.AutomountServiceAccountToken = false;
                return spec;
            }
        }
        """);

    [Fact]
    public Task ConstantConditions_OnlyTheBranchTakenCounts() => VerifyAsync("""
        class C
        {
            const bool Harden = false;

            V1PodSpec IfFalse()
            {
                var spec = new {|#0:V1PodSpec|}();
                if (false) spec.AutomountServiceAccountToken = false;
                return spec;
            }

            V1PodSpec IfConstantField()
            {
                var spec = new {|#1:V1PodSpec|}();
                if (Harden) { spec.AutomountServiceAccountToken = false; }
                return spec;
            }

            V1PodSpec ElseOfTrue()
            {
                var spec = new {|#2:V1PodSpec|}();
                if (true) { } else { spec.AutomountServiceAccountToken = false; }
                return spec;
            }

            V1PodSpec WhileFalse()
            {
                var spec = new {|#3:V1PodSpec|}();
                while (false) { spec.AutomountServiceAccountToken = false; }
                return spec;
            }

            V1PodSpec IfTrue()
            {
                var spec = new V1PodSpec();
                if (true) spec.AutomountServiceAccountToken = false;
                return spec;
            }
        }
        """, PodSpec(0), PodSpec(1), PodSpec(2), PodSpec(3));

    [Fact]
    public Task LocalFunctionNeverCalled_DoesNotCount_CalledOrTurnedIntoADelegate_Counts() => VerifyAsync("""
        class C
        {
            V1PodSpec NeverCalled()
            {
                var spec = new {|#0:V1PodSpec|}();
                return spec;

                void Harden() => spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec CalledOnlyFromAFunctionNeverCalled()
            {
                var spec = new {|#1:V1PodSpec|}();
                return spec;

                void Outer() => Harden();
                void Harden() => spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec CalledThroughAnother()
            {
                var spec = new V1PodSpec();
                Outer();
                return spec;

                void Outer() => Harden();
                void Harden() => spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec AsDelegate(Action<Action> run)
            {
                var spec = new V1PodSpec();
                run(Harden);
                return spec;

                void Harden() => spec.AutomountServiceAccountToken = false;
            }
        }
        """, PodSpec(0), PodSpec(1));

    [Fact]
    public Task LambdaInALocalNeverInvoked_DoesNotCount_InvokedOrHandedOn_Counts() => VerifyAsync("""
        class C
        {
            V1PodSpec NeverInvoked()
            {
                var spec = new {|#0:V1PodSpec|}();
                Action harden = () => spec.AutomountServiceAccountToken = false;
                return spec;
            }

            V1PodSpec Invoked()
            {
                var spec = new V1PodSpec();
                Action harden = () => spec.AutomountServiceAccountToken = false;
                harden();
                return spec;
            }

            V1PodSpec InvokedThroughInvoke()
            {
                var spec = new V1PodSpec();
                Action harden = () => { spec.AutomountServiceAccountToken = false; };
                harden.Invoke();
                return spec;
            }

            V1PodSpec HandedOn(Action<Action> run)
            {
                var spec = new V1PodSpec();
                Action harden = () => spec.AutomountServiceAccountToken = false;
                run(harden);
                return spec;
            }

            V1PodSpec PassedDirectly(Action<Action> run)
            {
                var spec = new V1PodSpec();
                run(() => spec.AutomountServiceAccountToken = false);
                return spec;
            }
        }
        """, PodSpec(0));

    // ---- the value the field ends with ----

    [Fact]
    public Task NullOrDefaultAfterFalse_EndsUnset() => VerifyAsync("""
        class C
        {
            V1PodSpec Null()
            {
                var spec = new {|#0:V1PodSpec|} { AutomountServiceAccountToken = false };
                spec.AutomountServiceAccountToken = null;
                return spec;
            }

            V1PodSpec Default()
            {
                var spec = new {|#1:V1PodSpec|}();
                spec.AutomountServiceAccountToken = false;
                spec.AutomountServiceAccountToken = default;
                return spec;
            }

            V1PodSpec NewNullable()
            {
                var spec = new {|#2:V1PodSpec|}();
                spec.AutomountServiceAccountToken = false;
                spec.AutomountServiceAccountToken = new bool?();
                return spec;
            }

            V1PodSpec FalseAfterNull()
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = null };
                spec.AutomountServiceAccountToken = false;
                return spec;
            }
        }
        """, PodSpec(0), PodSpec(1), PodSpec(2));

    [Fact]
    public Task NullUnderAConditionOrThroughCoalesce_MayNotRun_TheFalseCounts() => VerifyAsync("""
        class C
        {
            V1PodSpec Conditional(bool reset)
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = false };
                if (reset) spec.AutomountServiceAccountToken = null;
                return spec;
            }

            V1PodSpec InALoop(string[] names)
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = false };
                foreach (var name in names) spec.AutomountServiceAccountToken = null;
                return spec;
            }

            V1PodSpec InALambdaInvoked()
            {
                var spec = new V1PodSpec { AutomountServiceAccountToken = false };
                Action reset = () => spec.AutomountServiceAccountToken = null;
                reset();
                return spec;
            }
        }
        """);

    [Fact]
    public Task ClassEra_AssignmentAfterReturn_AndNullAfterFalse_Reported() => V.AnalyzerAsync("""
        using k8s.Models;

        class C
        {
            V1PodSpec AfterReturn(System.Collections.Generic.IList<V1Container> containers)
            {
                var spec = new {|#0:V1PodSpec|}(containers);
                return spec;
                spec.AutomountServiceAccountToken = false;
            }

            V1PodSpec NullAfterFalse(System.Collections.Generic.IList<V1Container> containers)
            {
                var spec = new {|#1:V1PodSpec|}(containers, automountServiceAccountToken: false);
                spec.AutomountServiceAccountToken = null;
                return spec;
            }
        }
        """, Model.ClassEra, PodSpec(0), PodSpec(1));

    [Fact]
    public Task Pulumi_LambdaNeverInvoked_AndNullAfterFalse_Reported() => V.AnalyzerAsync(Pulumi + """
        class Stack
        {
            PodSpecArgs NeverInvoked()
            {
                var spec = new {|#0:PodSpecArgs|}();
                Action harden = () => spec.AutomountServiceAccountToken = false;
                return spec;
            }

            PodSpecArgs NullAfterFalse()
            {
                var spec = new {|#1:PodSpecArgs|} { AutomountServiceAccountToken = false };
                spec.AutomountServiceAccountToken = null!;
                return spec;
            }

            PodSpecArgs Invoked()
            {
                var spec = new PodSpecArgs();
                Action harden = () => spec.AutomountServiceAccountToken = false;
                harden();
                return spec;
            }
        }
        """, Model.Pulumi, PodSpec(0), PodSpec(1));
}
