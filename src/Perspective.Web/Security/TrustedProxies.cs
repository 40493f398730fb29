using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Perspective.Web.Security;

/// <summary>
/// The reverse proxies (nginx, a load balancer) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the portal believes, from <c>Perspective:ForwardedHeaders:KnownProxies</c>
/// (IP addresses) and <c>:KnownNetworks</c> (CIDR). None by default: anyone can send those headers,
/// so from any other peer they are ignored, and the rate limits and the audit trail see the peer.
/// </summary>
public sealed class TrustedProxies
{
    public const string KnownProxiesSetting = "Perspective:ForwardedHeaders:KnownProxies";
    public const string KnownNetworksSetting = "Perspective:ForwardedHeaders:KnownNetworks";

    private TrustedProxies(IReadOnlyList<IPAddress> proxies, IReadOnlyList<IPNetwork> networks)
    {
        Proxies = proxies;
        Networks = networks;
    }

    public IReadOnlyList<IPAddress> Proxies { get; }

    public IReadOnlyList<IPNetwork> Networks { get; }

    public static TrustedProxies From(IConfiguration configuration) => new(
        Values(configuration, KnownProxiesSetting).Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{KnownProxiesSetting}: '{value}' is not an IP address.")).ToList(),
        Values(configuration, KnownNetworksSetting).Select(value => IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{KnownNetworksSetting}: '{value}' is not a network in CIDR notation, such as 10.0.0.0/8.")).ToList());

    public void Configure(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The framework trusts loopback by default; here only what is configured is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        // Through a chain of trusted proxies, each appends the address it saw; the first
        // address not from a trusted proxy is the client, and nothing to its left is believed.
        options.ForwardLimit = null;
    }

    /// <summary>A list in configuration (<c>:0</c>, <c>:1</c>, ... as environment variables give it) or one comma-separated value.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { Length: > 0 } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        return values.Select(v => v.Trim()).Where(v => v.Length > 0);
    }
}
