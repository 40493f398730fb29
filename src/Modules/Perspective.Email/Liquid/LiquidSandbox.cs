using System.Text.Encodings.Web;
using Fluid;

namespace Perspective.Email.Liquid;

/// <summary>
/// The one way the portal renders Liquid that people write (email templates now, workflows later):
/// options whose filters are guarded, and a render that counts through bounded ranges and captures
/// into a bounded writer, all held to one set of <see cref="LiquidLimits"/>. A render that goes past
/// a limit throws <see cref="LiquidLimitException"/> having used at most about the limit's memory.
/// </summary>
/// <example>
/// <code>
/// var sandbox = new LiquidSandbox(LiquidLimits.Default);
/// sandbox.Options.Filters.Remove("raw");                       // tailor the options first
/// var parsed = new FluidParser().Parse(source);
/// var text = await sandbox.RenderAsync(parsed, new TemplateContext(sandbox.Options), HtmlEncoder.Default);
/// </code>
/// </example>
public sealed class LiquidSandbox
{
    private readonly LiquidLimitsRewriter _rewriter;

    public LiquidSandbox(LiquidLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        _rewriter = new LiquidLimitsRewriter(limits);
        Options = new TemplateOptions { MaxSteps = limits.MaxSteps, MaxRecursion = limits.MaxRecursion };
        LiquidFilterGuard.GuardAll(Options.Filters, limits);
    }

    public LiquidLimits Limits { get; }

    /// <summary>
    /// The options to make contexts with. Its standard filters are guarded; remove any that should
    /// not be used, but add none without thinking about how long its result can be.
    /// </summary>
    public TemplateOptions Options { get; }

    /// <summary>Renders <paramref name="template"/> within the limits; throws <see cref="LiquidLimitException"/> past one.</summary>
    public async Task<string> RenderAsync(IFluidTemplate template, TemplateContext context, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        using var output = new BoundedTextWriter(Limits.MaxOutputLength, $"writes more than {Limits.MaxOutputLength:N0} characters");
        try
        {
            await _rewriter.VisitTemplate(template).RenderAsync(output, encoder, context);
        }
        catch (InvalidOperationException exception) when (exception.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid's words for running out of steps or nesting too deeply, both of which it reports alike.
            throw new LiquidLimitException($"takes more than {Limits.MaxSteps:N0} steps or nests more than {Limits.MaxRecursion:N0} deep: a loop may run too often", exception);
        }

        return output.ToString();
    }
}
