namespace Perspective.Email.Outbox;

/// <summary>What a queued message says, decrypted for the moment it is sent: never stored like this.</summary>
public sealed record OutboxContent(string HtmlBody, string TextBody, IReadOnlyDictionary<string, string> Values);
