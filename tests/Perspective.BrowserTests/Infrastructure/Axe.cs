using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core's WCAG 2.2 AA rules in the page itself, with the axe-core script that ships in
/// Deque.AxeCore.Commons. Deque's own runner checks each frame apart and then finishes the run in
/// a new blank page, which took about a second a call; the portal's pages have no frames to
/// check (email previews are sandboxed frames axe cannot enter), so one <c>axe.run</c> in the
/// page covers the same rules on the same elements.
/// </summary>
public static class Axe
{
    private static readonly string[] WcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer carries axe.min.js.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    // Violations in full; of the rules that pass, axe keeps one element each, which is all the
    // caller needs to know that the page was checked.
    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
          return {
            passes: result.passes.length,
            violations: result.violations.map(violation => ({
              id: violation.id,
              impact: violation.impact,
              help: violation.help,
              helpUrl: violation.helpUrl,
              nodes: violation.nodes.map(node => ({
                target: JSON.stringify(node.target),
                html: node.html,
                messages: [...node.any, ...node.all, ...node.none].map(check => check.message),
              })),
            })),
          };
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks the page as it is now and returns what axe found.</summary>
    public static async Task<AxeFindings> CheckAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>(Run, WcagAaTags);
        return result.Deserialize<AxeFindings>(Json) ?? throw new InvalidOperationException("axe returned nothing.");
    }
}

/// <summary>What one axe run found: how many rules passed, and every violation.</summary>
public sealed record AxeFindings(int Passes, AxeViolation[] Violations);

/// <summary>A rule that failed, with each element that failed it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, AxeElement[] Nodes);

/// <summary>An element that failed a rule: where it is, its HTML, and what each failed check said.</summary>
public sealed record AxeElement(string Target, string Html, string[] Messages);
