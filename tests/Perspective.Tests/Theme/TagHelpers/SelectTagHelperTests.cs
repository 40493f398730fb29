using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class SelectTagHelperTests
{
    private static readonly SelectListItem[] Schools = [new("Ash Primary", "1"), new("Beech Academy", "2")];

    [Fact]
    public async Task Select_WithItems_RendersALabelledSelectWithTheModelsValueSelected()
    {
        var helper = Select("SchoolId", "2");
        helper.Items = Schools;

        var html = await RenderAsync(helper, "govuk-select");

        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"SchoolId\">School</label>", html, StringComparison.Ordinal);
        var select = StartTagWithId(html, "SchoolId");
        Assert.Contains("class=\"govuk-select\"", select, StringComparison.Ordinal);
        Assert.Contains("name=\"SchoolId\"", select, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\">Ash Primary</option><option selected=\"selected\" value=\"2\">Beech Academy</option></select>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_WithOptionChildren_SelectsThePostedValue()
    {
        var helper = Select("Phase", "primary", PostedWith("Phase", "secondary", "Choose a phase"));
        var element = new Element("govuk-select", helper,
            Option("", "Choose a phase"), Option("primary", "Primary"), Option("secondary", "Secondary"));

        var html = await RenderAsync(element);

        Assert.Contains("<option value=\"\">Choose a phase</option><option value=\"primary\">Primary</option><option value=\"secondary\" selected>Secondary</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_OptionWithoutAValue_IsMatchedByItsText()
    {
        var element = new Element("govuk-select", Select("Phase", "Nursery"),
            new Element("option", new SelectOptionTagHelper(), "Nursery"));

        var html = await RenderAsync(element);

        Assert.Contains("<option selected>Nursery</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_WithHintAndError_ShowsTheErrorAndDescribesTheSelectByBoth()
    {
        var helper = Select("SchoolId", "", PostedWith("SchoolId", "", "Choose a school"));
        helper.Hint = "The school you work at";
        helper.Items = Schools;

        var html = await RenderAsync(helper, "govuk-select");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"SchoolId-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Choose a school</p>", html, StringComparison.Ordinal);
        var select = StartTagWithId(html, "SchoolId");
        Assert.Contains("class=\"govuk-select govuk-select--error\"", select, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"SchoolId-hint SchoolId-error\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_HostileLabelAndItems_AreEncoded()
    {
        var helper = Select("SchoolId", "");
        helper.Label = Hostile;
        helper.Items = [new SelectListItem(Hostile, Hostile)];

        var html = await RenderAsync(helper, "govuk-select");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split(HostileEncoded).Length - 1);
    }

    private static SelectTagHelper Select(string name, string value, ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, value),
        Label = "School",
        ViewContext = ViewContext(modelState),
    };

    private static Element Option(string value, string text) =>
        new("option", new SelectOptionTagHelper(), text) { Attributes = new Dictionary<string, object> { ["value"] = value } };
}
