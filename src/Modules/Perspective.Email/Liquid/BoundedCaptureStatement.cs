using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Perspective.Email.Liquid;

/// <summary>
/// Fluid's <c>capture</c>, writing into a <see cref="BoundedTextWriter"/>: Fluid's own collects into
/// a writer of its own, past any limit on the render's output, so a loop that writes a value twice
/// into a capture of that value could double it until memory ran out.
/// </summary>
internal sealed class BoundedCaptureStatement(CaptureStatement capture, LiquidLimits limits) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        using var captured = new BoundedTextWriter(limits.MaxStringLength, $"captures more than {limits.MaxStringLength:N0} characters");
        var completion = Completion.Normal;
        foreach (var statement in capture.Statements)
        {
            completion = await statement.WriteToAsync(captured, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        var text = captured.ToString();
        LiquidBudget.Of(context, limits).Spend(text.Length);
        FluidValue result = new StringValue(text, encode: false);
        if (context.Captured is { } callback)
        {
            result = await callback(capture.Identifier, result, context);
        }

        context.SetValue(capture.Identifier, result);
        return completion;
    }
}
