using System.Net;

namespace Perspective.Email.Templates;

/// <summary>
/// The HTML around every email's body: a plain, accessible layout in the GOV.UK style that mail
/// clients render (inline styles, one column, system fonts, the Local Authority's name as header).
/// </summary>
public static class EmailLayout
{
    public static string Wrap(string subject, string body, string siteName) => $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(subject)}</title></head>
        <body style="margin:0;padding:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;background:#ffffff;">
        <div role="banner" style="background:#1d70b8;color:#ffffff;padding:15px 20px;font-weight:bold;font-size:24px;">{WebUtility.HtmlEncode(siteName)}</div>
        <div role="main" style="max-width:580px;padding:20px;">
        {body}
        </div>
        </body>
        </html>
        """;
}
