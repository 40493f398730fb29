using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class RadiosTagHelperTests
{
    private static readonly SelectListItem[] Priorities =
    [
        new GovUkChoice("urgent", "Urgent", "We reply within a working day"),
        new GovUkChoice("routine", "Routine"),
        new SelectListItem("Whenever", "whenever"),
    ];

    [Fact]
    public async Task Radios_RendersAFieldsetWithALegendAndOneRadioPerItem()
    {
        var html = await RenderAsync(Radios("Priority", null), "govuk-radios");

        Assert.StartsWith("<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend\">How urgent is it?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios\" data-module=\"govuk-radios\"><div class=\"govuk-radios__item\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</div></div></fieldset></div>", html, StringComparison.Ordinal);
        var radios = StartTags(html, "input");
        Assert.Equal(3, radios.Count);
        Assert.All(radios, radio =>
        {
            Assert.Contains("class=\"govuk-radios__input\"", radio, StringComparison.Ordinal);
            Assert.Contains("type=\"radio\"", radio, StringComparison.Ordinal);
            Assert.Contains("name=\"Priority\"", radio, StringComparison.Ordinal);
            Assert.DoesNotContain("checked", radio, StringComparison.Ordinal);
        });
        Assert.Contains("<label class=\"govuk-label govuk-radios__label\" for=\"Priority-3\">Whenever</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_WithError_LinksTheFirstRadioToTheErrorSummaryId()
    {
        var helper = Radios("Request.Priority", null, PostedWith("Request.Priority", null, "Select how urgent it is"));
        helper.Hint = "Choose one";

        var html = await RenderAsync(helper, "govuk-radios");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\"><fieldset aria-describedby=\"Request_Priority-hint Request_Priority-error\" class=\"govuk-fieldset\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Request_Priority-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select how urgent it is</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"urgent\"", StartTagWithId(html, "Request_Priority"), StringComparison.Ordinal);
        Assert.Contains("value=\"routine\"", StartTagWithId(html, "Request_Priority-2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_ChoiceWithAHint_DescribesItsRadioByTheHint()
    {
        var html = await RenderAsync(Radios("Priority", null), "govuk-radios");

        Assert.Contains("aria-describedby=\"Priority-item-hint\"", StartTagWithId(html, "Priority"), StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-hint govuk-radios__hint\" id=\"Priority-item-hint\">We reply within a working day</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby", StartTagWithId(html, "Priority-2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_ChecksTheModelsValue()
    {
        var html = await RenderAsync(Radios("Priority", "routine"), "govuk-radios");

        Assert.Contains("checked=\"checked\"", StartTagWithId(html, "Priority-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(html, "Priority"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_AfterAFailedPost_ChecksThePostedValue()
    {
        var html = await RenderAsync(Radios("Priority", "routine", PostedWith("Priority", "whenever")), "govuk-radios");

        Assert.Contains("checked=\"checked\"", StartTagWithId(html, "Priority-3"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(html, "Priority-2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_BoundToABool_ChecksTheMatchingItem()
    {
        var helper = new RadiosTagHelper
        {
            For = For<bool?>("HasPlace", false),
            Legend = "Has the child got a place?",
            Items = [new GovUkChoice("true", "Yes"), new GovUkChoice("false", "No")],
            ViewContext = ViewContext(),
        };

        var html = await RenderAsync(helper, "govuk-radios");

        Assert.Contains("checked=\"checked\"", StartTagWithId(html, "HasPlace-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(html, "HasPlace"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_BoundToAnEnum_MatchesItemsByNameOrByNumber()
    {
        var byNumber = new RadiosTagHelper
        {
            For = For<Urgency?>("Urgency", Urgency.High),
            Legend = "How urgent?",
            // Html.GetEnumSelectList gives the enum's numbers as values.
            Items = [new SelectListItem("Low", "0"), new SelectListItem("High", "1")],
            ViewContext = ViewContext(),
        };
        var byName = new RadiosTagHelper
        {
            For = For<Urgency?>("Urgency", Urgency.High),
            Legend = "How urgent?",
            Items = [new GovUkChoice("Low", "Low"), new GovUkChoice("High", "High")],
            ViewContext = ViewContext(),
        };

        var numbered = await RenderAsync(byNumber, "govuk-radios");
        var named = await RenderAsync(byName, "govuk-radios");

        Assert.Contains("checked", StartTagWithId(numbered, "Urgency-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(numbered, "Urgency"), StringComparison.Ordinal);
        Assert.Contains("checked", StartTagWithId(named, "Urgency-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", StartTagWithId(named, "Urgency"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_InlineWithLegendAsPageHeading_UsesTheInlineClassAndAnH1()
    {
        var helper = Radios("Priority", null);
        helper.Inline = true;
        helper.LegendIsPageHeading = true;

        var html = await RenderAsync(helper, "govuk-radios");

        Assert.Contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">How urgent is it?</h1></legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios govuk-radios--inline\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_HostileLegendHintAndItems_AreEncoded()
    {
        var helper = Radios("Priority", null, PostedWith("Priority", null, Hostile));
        helper.Legend = Hostile;
        helper.Hint = Hostile;
        helper.Items = [new GovUkChoice(Hostile, Hostile, Hostile)];

        var html = await RenderAsync(helper, "govuk-radios");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split(HostileEncoded).Length - 1);
    }

    private static RadiosTagHelper Radios(string name, string? value, ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, value),
        Legend = "How urgent is it?",
        Items = Priorities,
        ViewContext = ViewContext(modelState),
    };

    public enum Urgency
    {
        Low,
        High,
    }
}
