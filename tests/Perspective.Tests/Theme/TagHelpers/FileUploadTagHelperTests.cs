using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class FileUploadTagHelperTests
{
    [Fact]
    public async Task FileUpload_RendersAFileInputInsideTheEnhancementWrapper()
    {
        var helper = Upload();
        helper.Accept = ".pdf,.docx";
        helper.Multiple = true;

        var html = await RenderAsync(helper, "govuk-file-upload");

        Assert.StartsWith("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"Upload\">Upload a file</label>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-file-upload-wrapper\" data-module=\"govuk-file-upload\"><input ", html, StringComparison.Ordinal);
        var input = StartTagWithId(html, "Upload");
        Assert.Contains("class=\"govuk-file-upload\"", input, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", input, StringComparison.Ordinal);
        Assert.Contains("name=\"Upload\"", input, StringComparison.Ordinal);
        Assert.Contains("accept=\".pdf,.docx\"", input, StringComparison.Ordinal);
        Assert.Contains("multiple", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileUpload_WithHintAndError_ShowsTheErrorAndDescribesTheInputByBoth()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Upload", "The selected file must be smaller than 20MB");
        var helper = Upload(modelState);
        helper.Hint = "PDF or Word, up to 20MB";

        var html = await RenderAsync(helper, "govuk-file-upload");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Upload-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The selected file must be smaller than 20MB</p>", html, StringComparison.Ordinal);
        var input = StartTagWithId(html, "Upload");
        Assert.Contains("class=\"govuk-file-upload govuk-file-upload--error\"", input, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Upload-hint Upload-error\"", input, StringComparison.Ordinal);
        Assert.DoesNotContain("multiple", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileUpload_HostileLabelHintAndAccept_AreEncoded()
    {
        var helper = Upload();
        helper.Label = Hostile;
        helper.Hint = Hostile;
        helper.Accept = Hostile;

        var html = await RenderAsync(helper, "govuk-file-upload");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split(HostileEncoded).Length - 1);
    }

    private static FileUploadTagHelper Upload(ModelStateDictionary? modelState = null) => new()
    {
        For = For<object?>("Upload", null),
        Label = "Upload a file",
        ViewContext = ViewContext(modelState),
    };
}
