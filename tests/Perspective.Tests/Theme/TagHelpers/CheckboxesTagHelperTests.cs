using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class CheckboxesTagHelperTests
{
    private static readonly GovUkChoice[] Phases =
    [
        new("nursery", "Nursery"),
        new("primary", "Primary", "Reception to year 6"),
        new("secondary", "Secondary"),
    ];

    [Fact]
    public async Task Checkboxes_RendersAFieldsetWithOneCheckboxPerItemUnderOneName()
    {
        var html = await RenderAsync(Checkboxes("Phases", []), "govuk-checkboxes");

        Assert.StartsWith("<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend\">Which phases does the school teach?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">", html, StringComparison.Ordinal);
        var boxes = StartTags(html, "input");
        Assert.Equal(3, boxes.Count);
        Assert.All(boxes, box =>
        {
            Assert.Contains("class=\"govuk-checkboxes__input\"", box, StringComparison.Ordinal);
            Assert.Contains("type=\"checkbox\"", box, StringComparison.Ordinal);
            Assert.Contains("name=\"Phases\"", box, StringComparison.Ordinal);
        });
        Assert.Contains("<label class=\"govuk-label govuk-checkboxes__label\" for=\"Phases-2\">Primary</label><div class=\"govuk-hint govuk-checkboxes__hint\" id=\"Phases-2-item-hint\">Reception to year 6</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_WithError_LinksTheFirstCheckboxToTheErrorSummaryId()
    {
        var html = await RenderAsync(Checkboxes("Phases", [], PostedWith("Phases", null, "Select at least one phase")), "govuk-checkboxes");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\"><fieldset aria-describedby=\"Phases-error\" class=\"govuk-fieldset\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Phases-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select at least one phase</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nursery\"", StartTagWithId(html, "Phases"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_TicksEachValueInTheModelsCollection()
    {
        var html = await RenderAsync(Checkboxes("Phases", ["nursery", "secondary"]), "govuk-checkboxes");

        Assert.Contains("checked", StartTagWithId(html, "Phases"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(html, "Phases-2"), StringComparison.Ordinal);
        Assert.Contains("checked", StartTagWithId(html, "Phases-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_AfterAFailedPost_TicksThePostedValues()
    {
        var html = await RenderAsync(Checkboxes("Phases", ["nursery"], PostedWith("Phases", new[] { "primary", "secondary" }, "Too many")), "govuk-checkboxes");

        Assert.DoesNotContain("checked", StartTagWithId(html, "Phases"), StringComparison.Ordinal);
        Assert.Contains("checked", StartTagWithId(html, "Phases-2"), StringComparison.Ordinal);
        Assert.Contains("checked", StartTagWithId(html, "Phases-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_Small_UsesTheSmallClass()
    {
        var helper = Checkboxes("Phases", []);
        helper.Small = true;

        var html = await RenderAsync(helper, "govuk-checkboxes");

        Assert.Contains("<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_HostileLegendHintAndItems_AreEncoded()
    {
        var helper = Checkboxes("Phases", [Hostile]);
        helper.Legend = Hostile;
        helper.Hint = Hostile;
        helper.Items = [new GovUkChoice(Hostile, Hostile, Hostile)];

        var html = await RenderAsync(helper, "govuk-checkboxes");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split(HostileEncoded).Length - 1);
        Assert.Contains("checked", StartTagWithId(html, "Phases"), StringComparison.Ordinal);
    }

    private static CheckboxesTagHelper Checkboxes(string name, List<string> values, ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, values),
        Legend = "Which phases does the school teach?",
        Items = Phases,
        ViewContext = ViewContext(modelState),
    };
}
