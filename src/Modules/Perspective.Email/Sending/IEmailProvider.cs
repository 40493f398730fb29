using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>A way of delivering email (SMTP, a pickup folder, GOV.UK Notify).</summary>
public interface IEmailProvider
{
    string Name { get; }

    /// <summary>Opens a session for a batch of messages (one SMTP connection for many messages).</summary>
    Task<IEmailSession> OpenAsync(EmailSettings settings, string tenantName, CancellationToken cancellationToken);
}

public interface IEmailSession : IAsyncDisposable
{
    /// <summary>Delivers one message with its decrypted content, or throws <see cref="EmailDeliveryException"/>.</summary>
    Task SendAsync(OutboxMessage message, OutboxContent content, CancellationToken cancellationToken);
}

/// <summary>A delivery failed; the outbox retries it later, or dead-letters it after the last attempt.</summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
