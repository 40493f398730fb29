namespace Perspective.Email.Templates;

/// <param name="HtmlRemoved">What sanitising took out of the HTML body, in words; empty when nothing.</param>
public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody, IReadOnlyList<string> HtmlRemoved);
