using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel server, for what the in-memory test server cannot show: the
/// server's own headers, and request bodies that end before their Content-Length. HTTPS only, on
/// 127.0.0.1 and a free port, with a throwaway certificate; the redirect to HTTPS finds this one
/// address itself, as no HTTPS port is configured.
/// </summary>
public class KestrelFactory : PerspectiveFactory
{
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create(TimeProvider.System);

    public KestrelFactory()
    {
        With("https_port", null);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    /// <summary>Where the server listens, for example <c>https://127.0.0.1:41234</c>; starts it on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        }
    }

    /// <summary>Whether a certificate is this server's own, for clients that connect to it.</summary>
    public bool IsServerCertificate(X509Certificate? certificate) =>
        certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString();

    /// <summary>A client of the real server that trusts its certificate, follows no redirects and keeps no cookies (the caller sends them).</summary>
    public HttpClient RealClient() =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => IsServerCertificate(certificate) },
        })
        { BaseAddress = Address };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _certificate.Dispose();
        }
    }
}
