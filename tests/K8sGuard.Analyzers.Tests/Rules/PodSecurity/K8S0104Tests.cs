using K8sGuard.Analyzers.Rules.PodSecurity;
using System.Threading.Tasks;
using K8sGuard.Analyzers.Tests.Infrastructure;

namespace K8sGuard.Analyzers.Tests.Rules.PodSecurity;

/// <summary>K8S0104: capabilities added beyond the baseline set, one diagnostic per element, and the fix that removes it.</summary>
public sealed class K8S0104Tests
{
    private static readonly RuleVerifier V = new(K8S0104CapabilitiesBeyondBaseline.Id, onlyThisRule: true);

    private const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    [Fact]
    public Task EveryListShape_HasItsElementsJudged() => V.AnalyzerAsync(Usings + """
        class C
        {
            const string Admin = "SYS_ADMIN";
            V1Capabilities List() => new() { Add = new List<string> { "NET_BIND_SERVICE", {|#0:"NET_ADMIN"|}, "CHOWN" } };
            V1Capabilities Array() => new() { Add = new[] { {|#1:Admin|} } };
            V1Capabilities Expression() => new() { Add = [{|#2:"ALL"|}, "KILL"] };
            V1Capabilities Baseline() => new() { Add = ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"], Drop = ["ALL"] };
            V1Capabilities Unknown(List<string> extra) => new() { Add = extra };
            V1Capabilities Spread(List<string> extra) => new() { Add = [.. extra, {|#3:"SYS_PTRACE"|}] };

            V1Container InContainer() => new V1Container { Name = "vpn", SecurityContext = new() { Capabilities = new() { Add = [{|#4:"NET_ADMIN"|}] } } };

            V1Capabilities Later()
            {
                var capabilities = new V1Capabilities();
                capabilities.Add = [{|#5:"SYS_TIME"|}];
                return capabilities;
            }
        }
        """,
        Model.RecordEra,
        V.Diagnostic().WithLocation(0).WithArguments("Container", "NET_ADMIN"),
        V.Diagnostic().WithLocation(1).WithArguments("Container", "SYS_ADMIN"),
        V.Diagnostic().WithLocation(2).WithArguments("Container", "ALL"),
        V.Diagnostic().WithLocation(3).WithArguments("Container", "SYS_PTRACE"),
        V.Diagnostic().WithLocation(4).WithArguments("Container 'vpn'", "NET_ADMIN"),
        V.Diagnostic().WithLocation(5).WithArguments("Container", "SYS_TIME"));

    [Fact]
    public Task ClassEraAndPulumi_AreReported() => Task.WhenAll(
        V.AnalyzerAsync(Usings + """
            class C
            {
                V1Capabilities M() => new V1Capabilities(add: new List<string> { {|#0:"SYS_ADMIN"|} }, drop: new List<string> { "ALL" });
            }
            """,
            Model.ClassEra,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "SYS_ADMIN")),
        V.AnalyzerAsync("""
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stack
            {
                CapabilitiesArgs Initializer() => new CapabilitiesArgs { Add = { {|#0:"NET_ADMIN"|}, "CHOWN" } };
                CapabilitiesArgs Converted() => new CapabilitiesArgs { Add = new[] { {|#1:"SYS_ADMIN"|} } };
            }
            """,
            Model.Pulumi,
            V.Diagnostic().WithLocation(0).WithArguments("Container", "NET_ADMIN"),
            V.Diagnostic().WithLocation(1).WithArguments("Container", "SYS_ADMIN")));

    [Fact]
    public Task Fix_RemovesTheElement_InEachListShape_ButNotTheLastOfAnImplicitlyTypedArray() => V.CodeFixAsync(Usings + """
        class C
        {
            V1Capabilities A() => new() { Add = new List<string> { "CHOWN", [|"NET_ADMIN"|] } };
            V1Capabilities B() => new() { Add = [[|"SYS_ADMIN"|], "KILL"] };
            V1Capabilities D() => new() { Add = new[] { [|"ALL"|] } };
            V1Capabilities Neighbours() => new() { Add = ["CHOWN", [|"SYS_ADMIN"|], [|"NET_ADMIN"|]] };
            V1Capabilities E() => new()
            {
                Add =
                [
                    "CHOWN",
                    [|"SYS_PTRACE"|], // debugging
                    "KILL",
                ],
            };
        }
        """, Usings + """
        class C
        {
            V1Capabilities A() => new() { Add = new List<string> { "CHOWN" } };
            V1Capabilities B() => new() { Add = ["KILL"] };
            V1Capabilities D() => new() { Add = new[] { [|"ALL"|] } };
            V1Capabilities Neighbours() => new() { Add = ["CHOWN"] };
            V1Capabilities E() => new()
            {
                Add =
                [
                    "CHOWN",
                    "KILL",
                ],
            };
        }
        """, Model.RecordEra, "K8S0104.RemoveCapability");
}
