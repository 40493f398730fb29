using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Audit;

namespace Perspective.Tests.Web.Audit;

public sealed class AuditCheckpointJobTests
{
    [Fact]
    public async Task TheJob_OncePastTheInterval_WritesASignedCheckpointOfTheHead()
    {
        using var factory = new ClockFactory();
        await AuditTampering.RecordAsync(factory, 2);
        var head = await factory.QueryAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));
        var job = factory.Services.GetRequiredService<AuditCheckpointJob>();

        // The job registers its wait on the fake clock when it starts; move the clock until a round has run.
        var deadline = TimeSpan.FromSeconds(30);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (job.RoundsCompleted == 0 && waited.Elapsed < deadline)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(61));
            SpinWait.SpinUntil(() => job.RoundsCompleted > 0, TimeSpan.FromMilliseconds(50));
        }

        var checkpoint = await factory.QueryAsync(db => db.AuditCheckpoints.SingleAsync());
        Assert.Equal(head, checkpoint.Sequence);
        Assert.True((await AuditTampering.VerifyAsync(factory)).IsIntact);
    }

    [Fact]
    public async Task RunAll_WhenNothingWasRecordedSinceTheLastCheckpoint_WritesNone()
    {
        using var factory = new PerspectiveFactory().With("Perspective:Audit:CheckpointEnabled", "false");
        await AuditTampering.RecordAsync(factory, 1);
        var job = factory.Services.GetRequiredService<AuditCheckpointJob>();

        var first = await job.RunAllAsync(CancellationToken.None);
        var second = await job.RunAllAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<AuditCheckpoint>().CountAsync()));
    }
}
