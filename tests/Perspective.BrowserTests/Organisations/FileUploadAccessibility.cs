using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Organisations;

/// <summary>
/// Axe on a page with GOV.UK Frontend's enhanced file upload. Its button is named with
/// <c>aria-labelledby="{label} {comma} {itself}"</c> (govuk-frontend pull request 5652, tested with
/// screen readers), and axe does not follow the reference to the button itself, so its
/// label-content-name-mismatch rule reads the name as the label alone. That one finding on that
/// one button is set aside, after checking that Chromium's own accessible name does hold the
/// button's visible text; every other rule and element is checked as <c>Accessibility</c> does.
/// </summary>
internal static partial class FileUploadAccessibility
{
    private const string Rule = "label-content-name-mismatch";

    public static async Task AssertNoViolationsAsync(IPage page, string label)
    {
        await Expect(page.Locator(".govuk-file-upload-button")).ToHaveAccessibleNameAsync(new Regex($"^{Regex.Escape(label)}\\s*,.*Choose file or drop file"));

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            Iframes = false,
        });

        Assert.NotEmpty(result.Passes);
        var left = result.Violations
            .SelectMany(violation => violation.Nodes.Select(node => (violation.Id, node.Html)))
            .Where(finding => !(finding.Id == Rule && FileUploadButton().IsMatch(finding.Html)))
            .Select(finding => $"{finding.Id} at {finding.Html}")
            .ToList();
        Assert.True(left.Count == 0, $"axe violations on {page.Url}:\n{string.Join("\n", left)}");
    }

    [GeneratedRegex("^<button class=\"govuk-file-upload-button[ \"]")]
    private static partial Regex FileUploadButton();
}
