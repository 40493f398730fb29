using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class TextareaTagHelperTests
{
    [Fact]
    public async Task Textarea_RendersALabelledTextareaWithItsRowsAndValue()
    {
        var helper = Textarea("Details", "Roof leaks");
        helper.Rows = 8;

        var html = await RenderAsync(helper, "govuk-textarea");

        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"Details\">Describe the problem</label>", html, StringComparison.Ordinal);
        var textarea = StartTagWithId(html, "Details");
        Assert.StartsWith("<textarea ", textarea, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-textarea\"", textarea, StringComparison.Ordinal);
        Assert.Contains("name=\"Details\"", textarea, StringComparison.Ordinal);
        Assert.Contains("rows=\"8\"", textarea, StringComparison.Ordinal);
        Assert.Contains($">{Environment.NewLine}Roof leaks</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Textarea_WithHintAndError_ShowsTheErrorAndDescribesTheTextareaByBoth()
    {
        var helper = Textarea("Details", "", PostedWith("Details", "", "Enter a description"));
        helper.Hint = "Say where and when";

        var html = await RenderAsync(helper, "govuk-textarea");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Details-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a description</p>", html, StringComparison.Ordinal);
        var textarea = StartTagWithId(html, "Details");
        Assert.Contains("class=\"govuk-textarea govuk-textarea--error\"", textarea, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Details-hint Details-error\"", textarea, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Textarea_AfterAFailedPost_RedisplaysWhatWasTyped()
    {
        var html = await RenderAsync(Textarea("Details", "saved", PostedWith("Details", "typed", "Too long")), "govuk-textarea");

        Assert.Contains($">{Environment.NewLine}typed</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("saved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Textarea_HostileLabelHintAndValue_AreEncoded()
    {
        var helper = Textarea("Details", Hostile);
        helper.Label = Hostile;
        helper.Hint = Hostile;

        var html = await RenderAsync(helper, "govuk-textarea");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split(HostileEncoded).Length - 1);
    }

    private static TextareaTagHelper Textarea(string name, string value, ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, value),
        Label = "Describe the problem",
        ViewContext = ViewContext(modelState),
    };
}
