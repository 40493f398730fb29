using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Core.Sites;

namespace Perspective.Email.Templates;

/// <summary>Liquid (Fluid) rendering of the tenant's template for a kind, or its default, with the parser and options the checker uses.</summary>
public sealed partial class LiquidEmailRenderer(TenantDbContext db, ISite site, IPortalLinks links) : IEmailRenderer
{
    // The outbox's Subject column holds 500 characters; a long value must not make queueing fail.
    private const int MaxRenderedSubjectLength = 500;

    public async Task<RenderedEmail> RenderAsync(EmailKind kind, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var custom = await db.Set<EmailTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind.Name, cancellationToken);
        return await RenderAsync(custom is null ? EmailWording.DefaultOf(kind) : EmailWording.Of(custom), values, cancellationToken);
    }

    public async Task<RenderedEmail> RenderAsync(EmailWording wording, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(values);
        // The caller's values come last, so they win over the standard ones of the same name.
        KeyValuePair<string, string>[] all =
        [
            new("site_name", site.Name),
            new("portal_link", links.BaseAddress.ToString()),
            .. values,
        ];

        var subject = OneLine(await RenderAsync(wording.Subject, all, NullEncoder.Default));
        // Sanitised as rendered, for previews and sending alike; the layout around it is the portal's own.
        var html = EmailHtmlSanitiser.Sanitise(await RenderAsync(wording.HtmlBody, all, HtmlEncoder.Default));
        var text = await RenderAsync(wording.TextBody, all, NullEncoder.Default);
        return new RenderedEmail(subject, EmailLayout.Wrap(subject, html.Html, site.Name), text, html.Removed);
    }

    private static async Task<string> RenderAsync(string source, IEnumerable<KeyValuePair<string, string>> values, TextEncoder encoder)
    {
        // Templates are checked when saved; a stored one that no longer parses is a bug, not input.
        if (!EmailLiquid.Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"An email template does not parse: {error}");
        }

        return await EmailLiquid.RenderAsync(template, values, encoder);
    }

    /// <summary>A subject is one header line: line breaks from a template or a value become spaces.</summary>
    private static string OneLine(string subject)
    {
        var line = Whitespace().Replace(subject, " ").Trim();
        return line.Length > MaxRenderedSubjectLength ? line[..MaxRenderedSubjectLength] : line;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
