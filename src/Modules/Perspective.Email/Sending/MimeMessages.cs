using MimeKit;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>Builds the MIME message for an outbox message: both an HTML and a text part, never attachments.</summary>
public static class MimeMessages
{
    public static MimeMessage From(OutboxMessage message, OutboxContent content, EmailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(content);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        if (settings.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        mime.Subject = message.Subject;
        // A stable id per message lets a receiving server drop a duplicate after a retry.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedUtc.Ticks}@perspective";
        mime.Body = new BodyBuilder { HtmlBody = content.HtmlBody, TextBody = content.TextBody }.ToMessageBody();
        return mime;
    }
}
