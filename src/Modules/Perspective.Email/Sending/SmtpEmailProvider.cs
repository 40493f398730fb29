using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>SMTP through MailKit: one connection per batch, authenticated when credentials are set.</summary>
public sealed class SmtpEmailProvider : IEmailProvider
{
    public string Name => EmailSettings.Smtp;

    public async Task<IEmailSession> OpenAsync(EmailSettings settings, string tenantName, CancellationToken cancellationToken)
    {
        if (settings.SmtpHost is null)
        {
            throw new EmailDeliveryException("No SMTP server is set.");
        }

        var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            var security = settings.SmtpSecurity switch
            {
                "None" => SecureSocketOptions.None,
                "SslOnConnect" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
            if (settings.SmtpUsername is not null)
            {
                await client.AuthenticateAsync(settings.SmtpUsername, settings.SmtpPassword ?? "", cancellationToken);
            }
        }
        // NotSupportedException: credentials are set but the server offers no authentication.
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or ProtocolException or CommandException or AuthenticationException or SslHandshakeException or NotSupportedException)
        {
            client.Dispose();
            throw new EmailDeliveryException($"Could not connect to the SMTP server {settings.SmtpHost}:{settings.SmtpPort}: {exception.Message}", exception);
        }

        return new Session(client, settings);
    }

    private sealed class Session(SmtpClient client, EmailSettings settings) : IEmailSession
    {
        public async Task SendAsync(OutboxMessage message, OutboxContent content, CancellationToken cancellationToken)
        {
            try
            {
                await client.SendAsync(MimeMessages.From(message, content, settings), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or ProtocolException or CommandException or ServiceNotConnectedException)
            {
                throw new EmailDeliveryException($"The SMTP server refused or dropped the message: {exception.Message}", exception);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected)
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception exception) when (exception is IOException or ProtocolException or CommandException)
                {
                    // Every message of the batch is already recorded; a failed goodbye changes nothing.
                }
            }

            client.Dispose();
        }
    }
}
