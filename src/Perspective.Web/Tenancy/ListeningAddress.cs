using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Perspective.Web.Tenancy;

/// <summary>The address the server is listening on, as a browser on this machine would reach it.</summary>
public static class ListeningAddress
{
    private static readonly string[] AnyHost = ["+", "*", "0.0.0.0", "[::]"];

    /// <summary>
    /// HTTPS when the server listens on it, else HTTP; a wildcard host (<c>+</c>, <c>*</c>,
    /// <c>0.0.0.0</c>, <c>[::]</c>) as <c>localhost</c>. Null before the server has started.
    /// </summary>
    public static string? Of(IServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        var scheme = address[..address.IndexOf("://", StringComparison.Ordinal)];
        var hostAndPort = address[(scheme.Length + 3)..].TrimEnd('/');
        var portAt = hostAndPort.LastIndexOf(':');
        var host = portAt > hostAndPort.LastIndexOf(']') ? hostAndPort[..portAt] : hostAndPort;
        var port = portAt > hostAndPort.LastIndexOf(']') ? hostAndPort[portAt..] : "";
        return $"{scheme}://{(AnyHost.Contains(host) ? "localhost" : host)}{port}";
    }
}
