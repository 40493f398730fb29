using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>Runs axe-core's WCAG 2.2 AA rules on a page and fails with every violation spelled out.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await Axe.CheckAsync(page);

        // A page on which no rule passed was not checked at all (axe not run, or a blank page).
        Assert.True(result.Passes > 0, $"axe found no rule that passed on {page.Url}.");
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeViolation[] violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{violations.Length} axe violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"      {string.Join("; ", node.Messages)}");
            }
        }

        return text.ToString();
    }
}
