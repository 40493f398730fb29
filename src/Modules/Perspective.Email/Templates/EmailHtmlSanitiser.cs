using Ganss.Xss;

namespace Perspective.Email.Templates;

/// <summary>The HTML of an email after sanitising, and what sanitising took out, in words ("the &lt;script&gt; element").</summary>
public sealed record SanitisedHtml(string Html, IReadOnlyList<string> Removed);

/// <summary>
/// Cleans the rendered HTML body of every email against an allow-list that mail programs can show
/// safely: text formatting, links, lists, tables and https images, with inline styles; no scripts,
/// event attributes, javascript: addresses, forms, frames, SVG or anything else. The rendered
/// output is what is checked, because Liquid can assemble a tag the source never shows
/// (<c>&lt;scr{% comment %}{% endcomment %}ipt&gt;</c>).
/// </summary>
public static class EmailHtmlSanitiser
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "col", "colgroup", "dd", "div", "dl", "dt",
        "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "small",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    ];

    private static readonly string[] Attributes =
    [
        "align", "alt", "bgcolor", "border", "cellpadding", "cellspacing", "color", "colspan", "dir", "height",
        "href", "lang", "role", "rowspan", "scope", "src", "style", "title", "valign", "width",
    ];

    public static SanitisedHtml Sanitise(string html)
    {
        var removed = new List<string>();
        var sanitizer = Create();
        sanitizer.RemovingTag += (_, e) => Note(removed, $"the <{e.Tag.LocalName}> element");
        sanitizer.RemovingAttribute += (_, e) => Note(removed, (e.Reason, e.Tag.LocalName) switch
        {
            (RemoveReason.NotAllowedUrlValue, "img") => "an image that is not on an https address",
            (RemoveReason.NotAllowedUrlValue, _) => "a link to an address that is not https, http or mailto (such as javascript:)",
            _ => $"the {e.Attribute.Name} attribute",
        });
        sanitizer.RemovingStyle += (_, e) => Note(removed, $"the style {e.Style.Name}");
        sanitizer.RemovingAtRule += (_, _) => Note(removed, "a style rule");
        return new SanitisedHtml(sanitizer.Sanitize(html), removed);
    }

    /// <summary>"Scripts and event attributes were removed ...": what the admin is told after saving wording that lost something.</summary>
    public static string Describe(IReadOnlyList<string> removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        var list = removed.Count == 1 ? removed[0] : string.Join(", ", removed.Take(removed.Count - 1)) + " and " + removed[^1];
        return $"Scripts, event attributes and anything else mail programs must not run are removed from every email. Your HTML body lost {list}.";
    }

    private static HtmlSanitizer Create()
    {
        // A fresh sanitiser per call: the events that report what was removed belong to one email.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(Tags);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(Attributes);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["https", "http", "mailto"]);
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        // Images load when the email is opened: only over https, never from a plain-http or data: address.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    private static void Note(List<string> removed, string what)
    {
        if (!removed.Contains(what, StringComparer.Ordinal))
        {
            removed.Add(what);
        }
    }
}
