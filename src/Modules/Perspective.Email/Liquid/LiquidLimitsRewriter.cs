using Fluid;
using Fluid.Ast;

namespace Perspective.Email.Liquid;

/// <summary>Swaps the parts of a parsed template that Fluid runs without limits for bounded ones: ranges and captures.</summary>
internal sealed class LiquidLimitsRewriter(LiquidLimits limits) : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        var range = (RangeExpression)base.VisitRangeExpression(rangeExpression);
        return new BoundedRangeExpression(range.From, range.To, limits);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement) =>
        new BoundedCaptureStatement((CaptureStatement)base.VisitCaptureStatement(captureStatement), limits);
}
