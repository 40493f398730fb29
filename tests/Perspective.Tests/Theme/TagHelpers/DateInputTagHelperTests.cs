using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class DateInputTagHelperTests
{
    [Fact]
    public async Task DateInput_RendersAFieldsetWithDayMonthAndYearBoxes()
    {
        var html = await RenderAsync(DateInput("Deadline", new DateParts { Day = "27", Month = "3", Year = "2027" }), "govuk-date-input");

        Assert.StartsWith("<div class=\"govuk-form-group\"><fieldset ", html, StringComparison.Ordinal);
        var fieldset = StartTags(html, "fieldset").Single();
        Assert.Contains("class=\"govuk-fieldset\"", fieldset, StringComparison.Ordinal);
        Assert.Contains("role=\"group\"", fieldset, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Deadline-hint\"", fieldset, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Deadline</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Deadline-hint\" class=\"govuk-hint\">For example, 27 3 2027</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-date-input\" id=\"Deadline\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-date-input__label\" for=\"Deadline-month\">Month</label>", html, StringComparison.Ordinal);
        var day = StartTagWithId(html, "Deadline-day");
        Assert.Contains("name=\"Deadline.Day\"", day, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-date-input__input govuk-input--width-2\"", day, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", day, StringComparison.Ordinal);
        Assert.Contains("value=\"27\"", day, StringComparison.Ordinal);
        var year = StartTagWithId(html, "Deadline-year");
        Assert.Contains("name=\"Deadline.Year\"", year, StringComparison.Ordinal);
        Assert.Contains("govuk-input--width-4", year, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-input--error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("autocomplete", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateInput_WithAMissingMonthAndYear_MarksOnlyThoseBoxes_AndShowsTheErrorUnderTheFirstBoxKey()
    {
        var parts = new DateParts { Day = "1" };
        var modelState = new ModelStateDictionary();
        modelState.AddModelError(parts.ErrorKey("Deadline"), "The deadline must include a month and year");

        var html = await RenderAsync(DateInput("Deadline", parts, modelState), "govuk-date-input");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Deadline-hint Deadline-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Deadline-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The deadline must include a month and year</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-input--error", StartTagWithId(html, "Deadline-day"), StringComparison.Ordinal);
        Assert.Contains("govuk-input--error", StartTagWithId(html, "Deadline-month"), StringComparison.Ordinal);
        Assert.Contains("govuk-input--error", StartTagWithId(html, "Deadline-year"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateInput_WithAnErrorOnTheWholeDate_MarksEveryBox()
    {
        var html = await RenderAsync(
            DateInput("Deadline", new DateParts { Day = "31", Month = "2", Year = "2027" }, PostedWith("Deadline", null, "The deadline must be a real date")),
            "govuk-date-input");

        Assert.All(StartTags(html, "input"), input => Assert.Contains("govuk-input--error", input, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DateInput_WithAutocomplete_GivesEachBoxItsPart()
    {
        var helper = DateInput("DateOfBirth", new DateParts());
        helper.Autocomplete = "bday";

        var html = await RenderAsync(helper, "govuk-date-input");

        Assert.Contains("autocomplete=\"bday-day\"", StartTagWithId(html, "DateOfBirth-day"), StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"bday-month\"", StartTagWithId(html, "DateOfBirth-month"), StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"bday-year\"", StartTagWithId(html, "DateOfBirth-year"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateInput_HostileLegendHintErrorAndValues_AreEncoded()
    {
        var helper = DateInput("Deadline", new DateParts { Day = Hostile, Month = Hostile, Year = Hostile }, PostedWith("Deadline", null, Hostile));
        helper.Legend = Hostile;
        helper.Hint = Hostile;

        var html = await RenderAsync(helper, "govuk-date-input");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split(HostileEncoded).Length - 1);
    }

    [Fact]
    public async Task ErrorSummary_LinksADateProblemToItsFirstWrongBox()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Deadline-month", "The deadline must include a month");

        var html = await RenderAsync(new ErrorSummaryTagHelper { ViewContext = ViewContext(modelState) }, "govuk-error-summary");

        Assert.Contains("<a href=\"#Deadline-month\">The deadline must include a month</a>", html, StringComparison.Ordinal);
    }

    private static DateInputTagHelper DateInput(string name, DateParts value, ModelStateDictionary? modelState = null) => new()
    {
        For = For(name, value),
        Legend = "Deadline",
        LegendClass = "govuk-fieldset__legend--s",
        Hint = "For example, 27 3 2027",
        ViewContext = ViewContext(modelState),
    };
}
