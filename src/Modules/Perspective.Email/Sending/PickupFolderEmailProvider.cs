using Microsoft.Extensions.Options;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>
/// Writes each message as an .eml file under <c>{PickupFolder}/{tenant}/</c>: the default, so a
/// newcomer needs no mail server and can open what the portal sent. Written to a temporary name
/// and then renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderEmailProvider(IOptions<EmailOptions> options) : IEmailProvider
{
    public string Name => EmailSettings.Pickup;

    public Task<IEmailSession> OpenAsync(EmailSettings settings, string tenantName, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.Value.PickupFolder, tenantName);
        Directory.CreateDirectory(folder);
        return Task.FromResult<IEmailSession>(new Session(folder, settings));
    }

    private sealed class Session(string folder, EmailSettings settings) : IEmailSession
    {
        public async Task SendAsync(OutboxMessage message, OutboxContent content, CancellationToken cancellationToken)
        {
            var name = $"{message.CreatedUtc:yyyyMMdd-HHmmss}-{message.Id}";
            var temporary = Path.Combine(folder, name + ".tmp");
            await MimeMessages.From(message, content, settings).WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"), overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
