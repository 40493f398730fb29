using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Perspective.Email.Liquid;

/// <summary>
/// A range such as <c>(1..n)</c> that refuses to make more than <see cref="LiquidLimits.MaxListLength"/>
/// numbers. Fluid builds every number of a range before a loop takes its first step, so
/// <c>(1..2000000000)</c> would take gigabytes before the step limit could stop it.
/// </summary>
internal sealed class BoundedRangeExpression(Expression from, Expression to, LiquidLimits limits) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var start = (await from.EvaluateAsync(context)).ToNumberValue();
        var end = (await to.EvaluateAsync(context)).ToNumberValue();
        var count = end < start ? 0 : decimal.Truncate(end) - decimal.Truncate(start) + 1;
        if (count > limits.MaxListLength)
        {
            throw new LiquidLimitException($"counts through a range of more than {limits.MaxListLength:N0} numbers");
        }

        var first = (int)decimal.Truncate(start);
        var values = new FluidValue[(int)count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NumberValue.Create(first + i);
        }

        return new ArrayValue(values);
    }
}
