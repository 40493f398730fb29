using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users;

/// <summary>
/// The sign-in rate limit, on a host of its own: the limit is set before the host starts and counts
/// every sign-in to the host from the test process, whatever the tenant, in a minute of real time,
/// so other tests on a shared host would use it up.
/// </summary>
public sealed class SignInRateLimitOnItsOwnHostTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new PerspectiveFactory().With("Perspective:Security:SignInAttemptsPerMinute", "3");

    [Fact]
    public async Task RepeatedAttempts_FromOneAddress_AreRateLimited()
    {
        var client = _factory.CreateClient();
        var fields = new Dictionary<string, string> { ["Email"] = "head@school.example", ["Password"] = "guess" };

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.SubmitAsync("/sign-in", fields)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
