using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Tests.Modules.Email.Settings;

/// <summary>
/// A stand-in for GOV.UK Notify's API on a free loopback port: a real HTTP server answering
/// <c>POST /v2/notifications/email</c> as Notify does, recording each request it accepts. A request
/// without a bearer token signed with the service's secret is refused with 403, as Notify would.
/// </summary>
public sealed class FakeNotifyApi : IAsyncDisposable
{
    public const string ServiceId = "8a1b1c4e-5d2f-4a6b-9c3d-0e1f2a3b4c5d";
    public const string Secret = "f47ac10b-58cc-4372-a567-0e02b2c3d479";

    /// <summary>A key as Notify issues them: the key's name, the service id and the secret.</summary>
    public const string ApiKey = "perspective_test-" + ServiceId + "-" + Secret;

    private readonly WebApplication _app;
    private bool _stopped;

    private FakeNotifyApi(WebApplication app) => _app = app;

    /// <summary>The address to give the client, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public string BaseUrl => _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/";

    /// <summary>The bodies of the requests accepted so far.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>When set, every request is answered with this status and Notify-style error instead.</summary>
    public (int Status, string Error, string Message)? Failure { get; set; }

    public static async Task<FakeNotifyApi> StartAsync()
    {
        // An empty builder: nothing from the test folder's appsettings or the environment.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var api = new FakeNotifyApi(app);
        app.MapPost("/v2/notifications/email", api.SendEmailAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Stops the server, as Notify going down; safe to call again.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SendEmailAsync(HttpRequest request)
    {
        if (!IsSignedBearerToken(request.Headers.Authorization.ToString()))
        {
            return Error(403, "AuthError", "Invalid token: signature, api token not found");
        }

        if (Failure is { } failure)
        {
            return Error(failure.Status, failure.Error, failure.Message);
        }

        var body = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        Received.Enqueue(body);
        var id = Guid.NewGuid();
        var templateId = (string)body["template_id"]!;
        return Results.Json(
            new JsonObject
            {
                ["id"] = id.ToString(),
                ["reference"] = (string?)body["reference"],
                ["content"] = new JsonObject { ["subject"] = "Subject", ["body"] = "Body", ["from_email"] = "portal@notifications.service.gov.uk" },
                ["uri"] = $"{BaseUrl}v2/notifications/{id}",
                ["template"] = new JsonObject { ["id"] = templateId, ["version"] = 1, ["uri"] = $"{BaseUrl}services/{ServiceId}/templates/{templateId}" },
            },
            statusCode: 201);
    }

    private static IResult Error(int status, string error, string message) =>
        Results.Json(
            new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject { ["error"] = error, ["message"] = message }),
                ["status_code"] = status,
            },
            statusCode: status);

    /// <summary>A JWT signed with HS256 and the secret, issued by the service, as Notify checks.</summary>
    private static bool IsSignedBearerToken(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization[7..].Split('.') is not [var header, var payload, var signature])
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        using var claims = JsonDocument.Parse(Base64UrlDecode(payload));
        return CryptographicOperations.FixedTimeEquals(expected, Base64UrlDecode(signature))
            && claims.RootElement.GetProperty("iss").GetString() == ServiceId
            && claims.RootElement.TryGetProperty("iat", out _);
    }

    private static byte[] Base64UrlDecode(string value) =>
        Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '='));
}
