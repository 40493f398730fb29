namespace Perspective.Email.Sending;

/// <summary>
/// The shape of a GOV.UK Notify API key: a name, then the service id and the secret, each a GUID,
/// joined by hyphens (<c>my_key-{service id}-{secret}</c>). The client library reads both GUIDs from
/// the end of the key.
/// </summary>
public static class NotifyApiKeys
{
    private const int GuidLength = 36;

    public static bool IsWellFormed(string key) =>
        key.Length > (2 * GuidLength) + 1
        && !key.Any(char.IsWhiteSpace)
        && key[^((2 * GuidLength) + 2)] == '-'
        && key[^(GuidLength + 1)] == '-'
        && Guid.TryParseExact(key[^((2 * GuidLength) + 1)..^(GuidLength + 1)], "D", out _)
        && Guid.TryParseExact(key[^GuidLength..], "D", out _);
}
