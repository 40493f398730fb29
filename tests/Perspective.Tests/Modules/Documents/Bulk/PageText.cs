using System.Net;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>Reads the parts of a bulk-send page that tests look at.</summary>
public static class PageText
{
    /// <summary>The table marked with the test id, as decoded text, or empty when the page has none.</summary>
    public static string Table(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..end]);
    }

    /// <summary>The error summary's text, or empty when the page has none.</summary>
    public static string ErrorSummary(string html)
    {
        var start = html.IndexOf("govuk-error-summary__list", StringComparison.Ordinal);
        return start < 0 ? "" : WebUtility.HtmlDecode(html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)]);
    }
}
