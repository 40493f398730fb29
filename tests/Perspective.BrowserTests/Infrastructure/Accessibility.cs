using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>Runs axe-core's WCAG 2.2 AA rules on a page and fails with every violation spelled out.</summary>
public static class Accessibility
{
    private static readonly string[] WcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagAaTags] },
            // axe cannot enter a sandboxed frame without scripts (the email template preview) and
            // would wait for it for ever; frames hold email previews, not portal pages.
            Iframes = false,
        });

        // A page on which no rule passed was not checked at all (axe not run, or a blank page).
        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{violations.Length} axe violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"      {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
