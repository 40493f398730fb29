using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Tenants.Creation;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>Starting a creation through the pages, and waiting for it the way progress.js does, for at most 30 seconds.</summary>
internal static class TenantCreationPolling
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Submits the form and confirms on check answers; returns the confirmation's response (a redirect to the progress page).</summary>
    public static async Task<HttpResponseMessage> CreateThroughThePagesAsync(this HttpClient client, IDictionary<string, string> answers)
    {
        var form = await client.SubmitAsync("/admin/tenants/create", answers);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        return await client.SubmitAsync("/admin/tenants/create/check-answers", new Dictionary<string, string>());
    }

    /// <summary>Asks the progress page's Status handler until the creation is no longer running; returns its last answer.</summary>
    public static Task<JsonElement> WaitForCreationAsync(this HttpClient client, string progressPath, TimeSpan? within = null) =>
        Poll.UntilAsync(
            () => client.StatusAsync(progressPath),
            status => status.GetProperty("state").GetString() != "Running",
            within ?? Patience,
            status => $"The creation at {progressPath} was still running after {(within ?? Patience).TotalSeconds} seconds, at step {status.GetProperty("step")}.");

    /// <summary>The progress page's Status handler's answer, which must be 200.</summary>
    public static async Task<JsonElement> StatusAsync(this HttpClient client, string progressPath)
    {
        var response = await client.GetAsync(progressPath + "?handler=Status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Runs something with the default tenant's <see cref="TenantCreations"/>, in a scope of its own as a request would.</summary>
    public static async Task<T> WithCreationsAsync<T>(this PerspectiveFactory factory, Func<TenantCreations, Task<T>> use)
    {
        await using var scope = await factory.TenantScopeAsync();
        return await use(scope.ServiceProvider.GetRequiredService<TenantCreations>());
    }

    /// <summary>Reads the creation until it is no longer running.</summary>
    public static async Task<TenantCreation> WaitUntilFinishedAsync(this PerspectiveFactory factory, string id, string ownerId) =>
        await Poll.UntilAsync(
            () => factory.WithCreationsAsync(c => c.FindAsync(id, ownerId)),
            creation => creation is not { State: TenantCreationState.Running },
            Patience,
            _ => $"Creation {id} was still running after {Patience.TotalSeconds} seconds.")
        ?? throw new InvalidOperationException($"Creation {id} has gone.");
}
