using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK file upload, with the wrapper that GOV.UK Frontend's script turns into a drop zone and
/// a "Choose file" button: <c>&lt;govuk-file-upload asp-for="Upload" label="Upload a file" accept=".pdf,.docx" /&gt;</c>.
/// A browser never lets a page fill in a file input, so nothing is re-displayed after a failed post.
/// </summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileUploadTagHelper : GovUkField
{
    /// <summary>The file types to offer, such as <c>.pdf,.docx</c> or <c>image/*</c>.</summary>
    [HtmlAttributeName("accept")]
    public string? Accept { get; set; }

    [HtmlAttributeName("multiple")]
    public bool Multiple { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);
        WriteLabelHintAndError(output.Content);

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("govuk-file-upload-wrapper");
        wrapper.Attributes["data-module"] = "govuk-file-upload";

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.SetClasses("govuk-file-upload", ErrorMessage is null ? null : "govuk-file-upload--error");
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = "file";
        if (Multiple)
        {
            input.Attributes["multiple"] = "multiple";
        }

        input.SetIfPresent("accept", Accept);
        input.SetIfPresent("aria-describedby", DescribedBy);
        wrapper.InnerHtml.AppendHtml(input);
        output.Content.AppendHtml(wrapper);
    }
}
