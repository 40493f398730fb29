using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class InputTagHelperTests
{
    [Fact]
    public async Task Input_RendersALabelledInputInAFormGroup()
    {
        var html = await RenderAsync(Input("Email", "ann@example.org"), "govuk-input");

        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"Email\">Email address</label>", html, StringComparison.Ordinal);
        var input = StartTagWithId(html, "Email");
        Assert.Contains("class=\"govuk-input\"", input, StringComparison.Ordinal);
        Assert.Contains("name=\"Email\"", input, StringComparison.Ordinal);
        Assert.Contains("value=\"ann@example.org\"", input, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_WithHintAndError_ShowsTheErrorAndDescribesTheInputByBoth()
    {
        var helper = Input("Email", "", PostedWith("Email", "ann", "Enter an email address in the correct format"));
        helper.Hint = "We only use it to sign you in";

        var html = await RenderAsync(helper, "govuk-input");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Email-hint\" class=\"govuk-hint\">We only use it to sign you in</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Email-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter an email address in the correct format</p>", html, StringComparison.Ordinal);
        var input = StartTagWithId(html, "Email");
        Assert.Contains("govuk-input--error", input, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Email-hint Email-error\"", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_AfterAFailedPost_RedisplaysWhatWasTyped()
    {
        var html = await RenderAsync(Input("Email", "saved@example.org", PostedWith("Email", "typed@example", "Enter a valid email")), "govuk-input");

        Assert.Contains("value=\"typed@example\"", StartTagWithId(html, "Email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_Password_NeverWritesTheValueBack()
    {
        var helper = Input("Password", "secret", PostedWith("Password", "secret", "Too short"));
        helper.Type = "password";

        var html = await RenderAsync(helper, "govuk-input");

        Assert.DoesNotContain("secret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_HostileLabelHintErrorAndValue_AreEncoded()
    {
        var helper = Input("Email", Hostile, PostedWith("Email", Hostile, Hostile));
        helper.Label = Hostile;
        helper.Hint = Hostile;

        var html = await RenderAsync(helper, "govuk-input");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split(HostileEncoded).Length - 1);
    }

    [Fact]
    public async Task Input_LabelIsPageHeading_WrapsTheLabelInAnH1()
    {
        var helper = Input("Email", "");
        helper.LabelIsPageHeading = true;

        var html = await RenderAsync(helper, "govuk-input");

        Assert.Contains("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label\" for=\"Email\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_NestedProperty_UsesAnIdTheErrorSummaryCanLinkTo()
    {
        var html = await RenderAsync(Input("Address.Postcode", "SW1A 1AA"), "govuk-input");

        var input = StartTagWithId(html, "Address_Postcode");
        Assert.Contains("name=\"Address.Postcode\"", input, StringComparison.Ordinal);
    }

    private static InputTagHelper Input(string name, string value, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, value),
        Label = "Email address",
        ViewContext = ViewContext(modelState),
    };
}
