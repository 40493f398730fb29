using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Settings;
using Perspective.Noticeboard.Notices;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Samples.Noticeboard;

/// <summary>
/// The real host on a fake clock with the sample Noticeboard module loaded (every module on for
/// the default tenant), on SQLite or on the PostgreSQL database given. The scheduler wakes every
/// second, so a test moving the clock sees a due job run at once.
/// </summary>
public sealed class NoticeboardFactory : ClockFactory
{
    // One public constructor without parameters: xunit makes class fixtures through it.
    public NoticeboardFactory()
    {
        With("Perspective:Jobs:IdleWait", "00:00:01");
        With("Perspective:Email:SenderEnabled", "false");
    }

    /// <summary>The same host on the given PostgreSQL database.</summary>
    public static NoticeboardFactory OnPostgres(string connectionString)
    {
        var factory = new NoticeboardFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", connectionString);
        return factory;
    }

    /// <summary>The notices on the default tenant's board, read as the module reads them.</summary>
    public async Task<IReadOnlyList<Notice>> NoticesAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<NoticeBoard>().ListAsync(CancellationToken.None);
    }

    /// <summary>How many notices the subscriber has counted on the default tenant's board.</summary>
    public async Task<int> TallyAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        return await PinnedTally.CountAsync(scope.ServiceProvider.GetRequiredService<ISiteSettings>(), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSampleModule(typeof(Perspective.Noticeboard.Startup).Assembly));
    }
}
