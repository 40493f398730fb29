using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK table around ordinary table markup, so a page loops over its rows as it would in plain
/// HTML:
/// <c>&lt;govuk-table caption="Schools" caption-class="govuk-table__caption--m"&gt;&lt;thead&gt;&lt;tr&gt;&lt;th&gt;Name&lt;/th&gt;&lt;th format="numeric"&gt;Pupils&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;&lt;tbody&gt;…&lt;/tbody&gt;&lt;/govuk-table&gt;</c>.
/// <see cref="TablePartTagHelper"/> gives the <c>thead</c>, <c>tbody</c>, <c>tr</c>, <c>th</c> and
/// <c>td</c> inside it their GOV.UK classes and header scopes.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class TableTagHelper : TagHelper
{
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    /// <summary>Size class on the caption, such as <c>govuk-table__caption--m</c>.</summary>
    [HtmlAttributeName("caption-class")]
    public string? CaptionClass { get; set; }

    /// <summary>Tells the parts inside that they belong to a GOV.UK table.</summary>
    public override void Init(TagHelperContext context) =>
        context.Items[typeof(TableTagHelper)] = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClasses("govuk-table");
        if (Caption is not null)
        {
            var caption = new TagBuilder("caption");
            caption.SetClasses("govuk-table__caption", CaptionClass);
            caption.InnerHtml.Append(Caption);
            output.PreContent.AppendHtml(caption);
        }
    }
}
