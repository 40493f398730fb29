namespace Perspective.Email.Sending;

/// <summary>Where GOV.UK Notify is, from <c>Perspective:Email:NotifyBaseUrl</c>; tests point it at a fake.</summary>
public sealed class NotifyOptions
{
    public const string LiveApi = "https://api.notifications.service.gov.uk/";

    public string NotifyBaseUrl { get; set; } = LiveApi;

    /// <summary>How long one request to Notify may take; the client library takes no cancellation token.</summary>
    public TimeSpan NotifyTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The base address with a trailing slash, so the client's relative paths stay under any path it has.</summary>
    public Uri BaseUri => new(NotifyBaseUrl.EndsWith('/') ? NotifyBaseUrl : NotifyBaseUrl + "/");

    public bool IsValid =>
        Uri.TryCreate(NotifyBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && NotifyTimeout > TimeSpan.Zero;
}
