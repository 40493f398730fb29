using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents;
using Perspective.Documents.Retention;

namespace Perspective.Tests.Modules.Documents.Retention;

public sealed class DocumentRetentionJobTests
{
    [Fact]
    public async Task TheJob_WhenEnabled_DeletesExpiredDocuments_OncePastTheInterval()
    {
        using var factory = new RetentionFactory { JobEnabled = true };
        var expired = await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        var kept = await factory.AddDocumentAsync(factory.Now.AddDays(30));
        var job = factory.Services.GetRequiredService<DocumentRetentionJob>();

        // The job registers its wait on the fake clock when it starts; move the clock until a round has run.
        for (var attempt = 0; attempt < 400 && job.RoundsCompleted == 0; attempt++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(61));
            await Task.Delay(25);
        }

        Assert.True(job.RoundsCompleted > 0, "No retention round ran.");
        Assert.False(await factory.DocumentExistsAsync(expired.Id));
        Assert.True(await factory.DocumentExistsAsync(kept.Id));
        Assert.Single(await factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name));
    }

    [Fact]
    public async Task TheJob_WhenSwitchedOff_NeverRuns()
    {
        using var factory = new RetentionFactory { JobEnabled = false };
        var expired = await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        var job = factory.Services.GetRequiredService<DocumentRetentionJob>();

        factory.Clock.Advance(TimeSpan.FromHours(5));

        Assert.True(job.ExecuteTask?.IsCompletedSuccessfully, "A switched-off job should return at once.");
        Assert.Equal(0, job.RoundsCompleted);
        Assert.True(await factory.DocumentExistsAsync(expired.Id));
    }

    [Fact]
    public async Task RunAll_CoversTheRunningTenants_AndReturnsWhatItDeleted()
    {
        using var factory = new RetentionFactory();
        await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        var job = factory.Services.GetRequiredService<DocumentRetentionJob>();

        var round = await job.RunAllAsync(CancellationToken.None);

        Assert.Equal(1, round.Deleted);
    }
}
