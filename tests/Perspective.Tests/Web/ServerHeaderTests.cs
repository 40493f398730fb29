using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web;

/// <summary>Through real Kestrel, since the in-memory test server never adds a Server header.</summary>
public sealed class ServerHeaderTests : IDisposable
{
    private readonly KestrelFactory _factory = new();

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/health/live")]
    public async Task Response_NamesNoServer(string path)
    {
        using var client = _factory.RealClient();

        using var response = await client.GetAsync(path);

        Assert.True(response.Headers.Date.HasValue, "Kestrel answered without its usual headers.");
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
    }

    public void Dispose() => _factory.Dispose();
}
