using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sGuard.Analyzers.Analysis;

/// <summary>
/// What the shape of the code says about whether an operation runs, without a control-flow graph (which would cost a
/// method's worth of work for every block): a statement that always leaves its block, and the operations whose children
/// run whenever they do.
/// </summary>
internal static class ControlFlowFacts
{
    // Nested blocks and `if`s are looked into this deep; deeper, a statement is taken to complete.
    private const int MaxDepth = 8;

    /// <summary>
    /// True when <paramref name="statement"/> never completes normally: <c>return</c>, <c>yield break</c>, <c>throw</c>,
    /// <c>break</c>/<c>continue</c>/<c>goto</c>, a block that reaches one, an <c>if</c> whose every branch (or the branch a
    /// constant condition takes) does. The statements after it in the same block never run (up to a label).
    /// </summary>
    public static bool AlwaysLeaves(IOperation statement) => AlwaysLeaves(statement, 0);

    private static bool AlwaysLeaves(IOperation? statement, int depth)
    {
        if (statement is null || depth > MaxDepth)
        {
            return false;
        }

        switch (statement.Kind)
        {
            case OperationKind.Return when ((IReturnOperation)statement).Kind != OperationKind.YieldReturn:
            case OperationKind.YieldBreak:
            case OperationKind.Throw:
            case OperationKind.Branch:
                return true;
            case OperationKind.ExpressionStatement:
                return ((IExpressionStatementOperation)statement).Operation.Kind == OperationKind.Throw;
            case OperationKind.Block:
                foreach (var inner in ((IBlockOperation)statement).Operations)
                {
                    if (inner.Kind == OperationKind.Labeled)
                    {
                        // A jump may land here: what follows can run.
                        return false;
                    }

                    if (AlwaysLeaves(inner, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case OperationKind.Conditional:
                var conditional = (IConditionalOperation)statement;
                if (conditional.Condition.ConstantValue is { HasValue: true, Value: bool taken })
                {
                    return AlwaysLeaves(taken ? conditional.WhenTrue : conditional.WhenFalse, depth + 1);
                }

                return AlwaysLeaves(conditional.WhenTrue, depth + 1) && AlwaysLeaves(conditional.WhenFalse, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// True when the children of <paramref name="operation"/> run whenever it does, once: statements, declarations, plain
    /// assignments, calls and creations. False for conditions, loops, <c>try</c>, <c>switch</c>, <c>?.</c>, <c>??</c>,
    /// short-circuit operators and functions, and anything else not listed.
    /// </summary>
    public static bool RunsItsChildrenUnconditionally(IOperation operation) => operation.Kind switch
    {
        OperationKind.Block or OperationKind.ExpressionStatement or OperationKind.Labeled or OperationKind.MethodBody or OperationKind.ConstructorBody
            or OperationKind.VariableDeclarationGroup or OperationKind.VariableDeclaration or OperationKind.VariableDeclarator or OperationKind.VariableInitializer
            or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.SimpleAssignment or OperationKind.Return
            or OperationKind.Using or OperationKind.UsingDeclaration or OperationKind.Lock or OperationKind.Conversion or OperationKind.Parenthesized
            or OperationKind.Invocation or OperationKind.Argument or OperationKind.ObjectCreation or OperationKind.ObjectOrCollectionInitializer
            or OperationKind.MemberInitializer or OperationKind.Await => true,
        _ => false,
    };
}
