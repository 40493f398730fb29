using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Perspective.Core.Email;
using Perspective.Email.Liquid;

namespace Perspective.Email.Templates;

/// <summary>
/// The one Liquid parser and set of options that email templates are checked and rendered with,
/// so that what the checker accepts is exactly what the renderer runs.
/// </summary>
public static class EmailLiquid
{
    /// <summary>The variables every email has, whatever its kind.</summary>
    public static readonly IReadOnlyList<EmailVariable> StandardVariables =
    [
        new("site_name", "The Local Authority's name, as shown at the top of every page of the portal", "Northshire County Council"),
        new("portal_link", "The address of the portal's home page", "https://portal.northshire.gov.uk/"),
    ];

    /// <summary>Every email template is rendered within these limits: a runaway loop or a doubling string stops long before it costs anything.</summary>
    public static LiquidSandbox Sandbox { get; } = CreateSandbox();

    /// <summary>Standard Liquid: the checker, not the parser, decides which tags a template may use, so it can say why one is refused.</summary>
    public static FluidParser Parser { get; } = new();

    public static TemplateOptions Options => Sandbox.Options;

    /// <summary>The kind's own variables with their sample values, for previews and tests.</summary>
    public static IReadOnlyDictionary<string, string> SampleValues(EmailKind kind) =>
        kind.Variables.ToDictionary(v => v.Name, v => v.Sample, StringComparer.Ordinal);

    /// <summary>A fresh context holding <paramref name="values"/>, one per part so an <c>assign</c> in the subject never leaks into a body.</summary>
    public static TemplateContext Context(IEnumerable<KeyValuePair<string, string>> values)
    {
        var context = new TemplateContext(Options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return context;
    }

    /// <summary>Renders one part within the sandbox's limits; throws <see cref="LiquidLimitException"/> past one.</summary>
    public static Task<string> RenderAsync(IFluidTemplate template, IEnumerable<KeyValuePair<string, string>> values, TextEncoder encoder) =>
        Sandbox.RenderAsync(template, Context(values), encoder);

    private static LiquidSandbox CreateSandbox()
    {
        var sandbox = new LiquidSandbox(LiquidLimits.Default);
        var options = sandbox.Options;
        // include and render are refused by the checker; with no files they could not read any anyway.
        options.FileProvider = new NullFileProvider();
        options.CultureInfo = CultureInfo.GetCultureInfo("en-GB");
        // 'raw' would put a value into the HTML part without encoding it: a school's name could then
        // carry markup into an email. The checker refuses it; without it here, it could not work anyway.
        options.Filters.Remove("raw");
        return sandbox;
    }
}
