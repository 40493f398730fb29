using Perspective.Core.Email;

namespace Perspective.Email.Templates;

/// <summary>Renders a kind of email with the current tenant's wording (or the module's default).</summary>
public interface IEmailRenderer
{
    /// <summary>
    /// Renders subject, HTML and text. Values are text and are HTML-encoded in the HTML part. The
    /// standard values <c>site_name</c> and <c>portal_link</c> are always available.
    /// </summary>
    Task<RenderedEmail> RenderAsync(EmailKind kind, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renders the given wording, saved or not, exactly as <see cref="RenderAsync(EmailKind, IReadOnlyDictionary{string, string}, CancellationToken)"/>
    /// would if it were saved: for previews. The wording must have passed <see cref="EmailTemplateChecker"/>.
    /// </summary>
    Task<RenderedEmail> RenderAsync(EmailWording wording, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default);
}
