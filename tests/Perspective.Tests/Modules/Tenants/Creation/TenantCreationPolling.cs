using System.Diagnostics;
using System.Net;
using System.Text.Json;
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
    public static async Task<JsonElement> WaitForCreationAsync(this HttpClient client, string progressPath)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(progressPath + "?handler=Status");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (status.GetProperty("state").GetString() != "Running")
            {
                return status;
            }

            Assert.True(waited.Elapsed < Patience, $"The creation at {progressPath} was still running after {Patience.TotalSeconds} seconds.");
            await Task.Delay(100);
        }
    }

    /// <summary>Reads the job until it is no longer running.</summary>
    public static async Task<TenantCreationJob> WaitUntilFinishedAsync(this TenantCreationJobs jobs, string id, string ownerId)
    {
        var waited = Stopwatch.StartNew();
        while (jobs.Find(id, ownerId) is { State: TenantCreationState.Running })
        {
            Assert.True(waited.Elapsed < Patience, $"Job {id} was still running after {Patience.TotalSeconds} seconds.");
            await Task.Delay(20);
        }

        return jobs.Find(id, ownerId) ?? throw new InvalidOperationException($"Job {id} has gone.");
    }
}
