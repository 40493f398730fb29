namespace Perspective.Email.Templates;

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
