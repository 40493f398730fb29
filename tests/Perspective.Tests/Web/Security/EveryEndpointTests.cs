using System.Net;
using System.Text;

namespace Perspective.Tests.Web.Security;

/// <summary>
/// Every page and endpoint the app maps, POSTed to by a signed-in admin with a real antiforgery
/// token, in the ways no form of ours does: with no handler, with a handler that does not exist,
/// and with a body that ends before its Content-Length. None may answer with a server error.
/// </summary>
public sealed class EveryEndpointTests : IAsyncLifetime
{
    private const string Boundary = "----sweep";

    private readonly EndpointSweep _sweep = new();

    public Task InitializeAsync() => _sweep.SeedAsync();

    public Task DisposeAsync()
    {
        _sweep.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EveryEndpoint_PostedWithNoHandler_AnswersNoServerError()
    {
        var failures = await PostFormToEveryEndpointAsync(query: "");

        Assert.True(failures.Count == 0, "Server errors:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryEndpoint_PostedAnUnknownHandler_AnswersNoServerError()
    {
        var failures = await PostFormToEveryEndpointAsync(query: "?handler=NoSuchHandler");

        Assert.True(failures.Count == 0, "Server errors:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryEndpoint_PostedABodyCutShort_AnswersNoServerError()
    {
        using var client = _sweep.RealClient();
        var (token, cookie) = await _sweep.AntiforgeryAsync(client);
        var headers = new Dictionary<string, string>(_sweep.SignedIn, StringComparer.Ordinal)
        {
            ["Cookie"] = cookie,
            ["Content-Type"] = $"multipart/form-data; boundary={Boundary}",
        };
        var body = Multipart(token);
        var inTheToken = Encoding.ASCII.GetByteCount($"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n") + 10;
        var inTheFile = body.Length - 20;
        var ways = new[]
        {
            ("stopping in the token", body[..inTheToken], body.Length),
            ("stopping in the file", body[..inTheFile], body.Length),
            ("whole but ending in the file", body[..inTheFile], inTheFile),
        };

        // The server waits seconds for each stalled body, doing nothing meanwhile, so many go at once.
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var requests = _sweep.Endpoints().SelectMany(endpoint => ways.Select(way => (endpoint, way)));
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (request, _) =>
        {
            var (endpoint, (how, sent, length)) = request;
            var status = await Infrastructure.CutShortRequests.PostAsync(_sweep, endpoint, headers, sent, declaredLength: length);
            if (status is null or >= 500)
            {
                failures.Add($"POST {endpoint} {how}: {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}");
            }
        });

        Assert.True(failures.IsEmpty, "Server errors:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal)));
    }

    private async Task<List<string>> PostFormToEveryEndpointAsync(string query)
    {
        using var client = _sweep.RealClient();
        var (token, cookie) = await _sweep.AntiforgeryAsync(client);
        var failures = new List<string>();
        foreach (var endpoint in _sweep.Endpoints())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + query)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            };
            foreach (var (name, value) in _sweep.SignedIn)
            {
                request.Headers.Add(name, value);
            }

            request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"POST {endpoint}{query}: {(int)response.StatusCode}");
            }
        }

        return failures;
    }

    /// <summary>A form as our upload pages send it: the token first, a field, then a PDF.</summary>
    private static byte[] Multipart(string token) => Encoding.ASCII.GetBytes(
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Title\"\r\n\r\nA letter\r\n" +
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Files\"; filename=\"100001_letter.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" +
        "%PDF-1.7\n" + new string('x', 4000) + "\n%%EOF\n\r\n" +
        $"--{Boundary}--\r\n");
}
