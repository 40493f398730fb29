using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents;
using Perspective.Documents.Retention;
using Perspective.Tests.Core.Jobs;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

public sealed class DocumentRetentionJobTests
{
    [Fact]
    public async Task TheJob_WhenEnabled_DeletesExpiredDocuments_OncePastTheInterval()
    {
        using var factory = new RetentionFactory { JobEnabled = true };
        var expired = await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        var kept = await factory.AddDocumentAsync(factory.Now.AddDays(30));
        var rounds = () => RecurringRounds.Completed(factory.Services, DocumentRetentionJob.Name);

        // The scheduler waits on the fake clock; move the clock until a round has run.
        for (var attempt = 0; attempt < 400 && rounds() == 0; attempt++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(61));
            await Task.Delay(25);
        }

        Assert.True(rounds() > 0, "No retention round ran.");
        Assert.False(await factory.DocumentExistsAsync(expired.Id));
        Assert.True(await factory.DocumentExistsAsync(kept.Id));
        Assert.Single(await factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name));
    }

    [Fact]
    public async Task TheJob_WhenSwitchedOff_NeverRuns()
    {
        using var factory = new RetentionFactory { JobEnabled = false };
        var expired = await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        _ = factory.Services;

        factory.Clock.Advance(TimeSpan.FromHours(5));

        Assert.False(await RecurringRounds.IsScheduledAsync(factory.Services, DocumentRetentionJob.Name), "A switched-off job should not be scheduled.");
        Assert.Equal(0, RecurringRounds.Completed(factory.Services, DocumentRetentionJob.Name));
        Assert.True(await factory.DocumentExistsAsync(expired.Id));
    }

    [Fact]
    public async Task ARound_CoversItsTenant_AndReturnsWhatItDeleted()
    {
        using var factory = new RetentionFactory();
        await factory.AddDocumentAsync(factory.Now.AddDays(-1));
        await using var scope = await factory.TenantScopeAsync();
        var job = scope.ServiceProvider.GetRequiredService<DocumentRetentionJob>();

        var round = await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, round.Deleted);
    }
}
