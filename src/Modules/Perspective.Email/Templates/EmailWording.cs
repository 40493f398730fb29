using Perspective.Core.Email;

namespace Perspective.Email.Templates;

/// <summary>The three Liquid parts of an email, saved or not: what is checked, previewed and stored.</summary>
public sealed record EmailWording(string Subject, string HtmlBody, string TextBody)
{
    public static EmailWording DefaultOf(EmailKind kind) => new(kind.DefaultSubject, kind.DefaultHtmlBody, kind.DefaultTextBody);

    public static EmailWording Of(EmailTemplate template) => new(template.Subject, template.HtmlBody, template.TextBody);

    /// <summary>
    /// With <c>\n</c> line endings, as browsers post CRLF: the stored text, and so an export, does not
    /// depend on where it was typed.
    /// </summary>
    public EmailWording Normalised() => new(Lines(Subject), Lines(HtmlBody), Lines(TextBody));

    public string this[EmailTemplatePart part] => part switch
    {
        EmailTemplatePart.Subject => Subject,
        EmailTemplatePart.HtmlBody => HtmlBody,
        _ => TextBody,
    };

    private static string Lines(string text) => text.ReplaceLineEndings("\n");
}

/// <summary>One of the three parts of an email's wording.</summary>
public enum EmailTemplatePart
{
    Subject,
    HtmlBody,
    TextBody,
}
