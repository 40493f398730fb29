using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class TableTagHelperTests
{
    [Fact]
    public async Task Table_GivesEveryPartItsGovUkClassAndHeadersTheirScope()
    {
        var html = await RenderAsync(new Element("govuk-table", new TableTagHelper { Caption = "Schools", CaptionClass = "govuk-table__caption--m" },
            Part("thead", Part("tr", Part("th", "Name"), Part("th", "Pupils"))),
            Part("tbody", Part("tr", Part("th", "Ash Primary"), Part("td", "210")))));

        Assert.Equal(
            "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Schools</caption>"
            + "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th class=\"govuk-table__header\" scope=\"col\">Name</th><th class=\"govuk-table__header\" scope=\"col\">Pupils</th></tr></thead>"
            + "<tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\"><th class=\"govuk-table__header\" scope=\"row\">Ash Primary</th><td class=\"govuk-table__cell\">210</td></tr></tbody>"
            + "</table>",
            html);
    }

    [Fact]
    public async Task Table_NumericCell_IsRightAlignedAndLosesTheFormatAttribute()
    {
        var numeric = new Dictionary<string, object> { ["format"] = "numeric" };
        var html = await RenderAsync(new Element("govuk-table", new TableTagHelper(),
            Part("thead", Part("tr", Part("th", "Pupils") with { Attributes = numeric })),
            Part("tbody", Part("tr", Part("td", "210") with { Attributes = numeric }))));

        Assert.Contains("<th class=\"govuk-table__header govuk-table__header--numeric\" scope=\"col\">Pupils</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">210</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("format=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_CellsOwnClassAndScope_AreKept()
    {
        var html = await RenderAsync(new Element("govuk-table", new TableTagHelper(),
            Part("tbody", Part("tr", Part("th", "Total") with { Attributes = new Dictionary<string, object> { ["class"] = "app-total", ["scope"] = "rowgroup" } }))));

        Assert.Contains("<th class=\"app-total govuk-table__header\" scope=\"rowgroup\">Total</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TablePart_OutsideAGovUkTable_IsLeftAlone()
    {
        var html = await RenderAsync(Part("td", "plain") with { Attributes = new Dictionary<string, object> { ["format"] = "numeric" } });

        Assert.Equal("<td format=\"numeric\">plain</td>", html);
    }

    [Fact]
    public async Task Table_HostileCaption_IsEncoded()
    {
        var html = await RenderAsync(new Element("govuk-table", new TableTagHelper { Caption = Hostile }));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"<caption class=\"govuk-table__caption\">{HostileEncoded}", html, StringComparison.Ordinal);
    }

    private static Element Part(string tagName, params object[] children) => new(tagName, new TablePartTagHelper(), children);
}
