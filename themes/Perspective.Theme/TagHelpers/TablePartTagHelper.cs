using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// Gives the parts of a <c>&lt;govuk-table&gt;</c> their GOV.UK classes: <c>govuk-table__head</c>,
/// <c>__body</c>, <c>__row</c>, <c>__header</c> and <c>__cell</c>. A <c>th</c> gets
/// <c>scope="col"</c> in the head and <c>scope="row"</c> in the body unless it has its own, and
/// <c>format="numeric"</c> on a <c>th</c> or <c>td</c> right-aligns it. Tables outside a
/// <c>&lt;govuk-table&gt;</c> are left alone.
/// </summary>
[HtmlTargetElement("thead")]
[HtmlTargetElement("tbody")]
[HtmlTargetElement("tr")]
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class TablePartTagHelper : TagHelper
{
    private const string Head = "head";

    private const string Body = "body";

    public override void Init(TagHelperContext context)
    {
        // The section a cell sits in decides its header scope; children copy their parent's items.
        if (InTable(context) && context.TagName is "thead" or "tbody")
        {
            context.Items[typeof(TablePartTagHelper)] = context.TagName == "thead" ? Head : Body;
        }
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!InTable(context))
        {
            return;
        }

        var format = context.AllAttributes.TryGetAttribute("format", out var formatAttribute)
            ? formatAttribute.Value?.ToString()
            : null;
        output.Attributes.RemoveAll("format");
        var section = context.Items.TryGetValue(typeof(TablePartTagHelper), out var found) ? found as string : null;

        switch (context.TagName)
        {
            case "thead":
                output.AddClasses("govuk-table__head");
                break;
            case "tbody":
                output.AddClasses("govuk-table__body");
                break;
            case "tr":
                output.AddClasses("govuk-table__row");
                break;
            case "th":
                output.AddClasses("govuk-table__header", Numeric(format, "govuk-table__header"));
                if (!output.Attributes.ContainsName("scope"))
                {
                    output.Attributes.SetAttribute("scope", section == Head ? "col" : "row");
                }

                break;
            case "td":
                output.AddClasses("govuk-table__cell", Numeric(format, "govuk-table__cell"));
                break;
        }
    }

    private static bool InTable(TagHelperContext context) =>
        context.Items.ContainsKey(typeof(TableTagHelper));

    /// <summary>Numeric is the only format GOV.UK Frontend has.</summary>
    private static string? Numeric(string? format, string element) =>
        format == "numeric" ? $"{element}--numeric" : null;
}
