using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class ErrorSummaryTagHelperTests
{
    [Fact]
    public async Task ErrorSummary_WithoutErrors_RendersNothing()
    {
        var html = await RenderAsync(Summary(new ModelStateDictionary()), "govuk-error-summary");

        Assert.Equal("", html);
    }

    [Fact]
    public async Task ErrorSummary_WithErrors_LinksEachMessageToItsField()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Email", "Enter your email address");
        modelState.AddModelError("Address.Postcode", "Enter a postcode");

        var html = await RenderAsync(Summary(modelState), "govuk-error-summary");

        Assert.StartsWith("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#Email\">Enter your email address</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#Address_Postcode\">Enter a postcode</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorSummary_ModelLevelError_IsListedWithoutALink()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("", "The school has been closed");

        var html = await RenderAsync(Summary(modelState), "govuk-error-summary");

        Assert.Contains("<li>The school has been closed</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorSummary_HostileMessage_IsEncoded()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Email", Hostile);

        var html = await RenderAsync(Summary(modelState), "govuk-error-summary");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains(HostileEncoded, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorSummary_ListsErrorsInTheOrderTheFieldsComeOnThePage()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError(nameof(ThreeFieldForm.Password), "Enter a password");
        modelState.AddModelError(nameof(ThreeFieldForm.Name), "Enter your name");
        modelState.AddModelError(nameof(ThreeFieldForm.Email), "Enter your email address");
        var context = ViewContext(modelState);
        context.ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ThreeFieldForm>(context.ViewData, new ThreeFieldForm());

        var html = await RenderAsync(new ErrorSummaryTagHelper { ViewContext = context }, "govuk-error-summary");

        Assert.True(
            html.IndexOf("Enter your name", StringComparison.Ordinal) < html.IndexOf("Enter your email address", StringComparison.Ordinal)
            && html.IndexOf("Enter your email address", StringComparison.Ordinal) < html.IndexOf("Enter a password", StringComparison.Ordinal),
            html);
    }

    private sealed class ThreeFieldForm
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    private static ErrorSummaryTagHelper Summary(ModelStateDictionary modelState) =>
        new() { ViewContext = ViewContext(modelState) };
}
