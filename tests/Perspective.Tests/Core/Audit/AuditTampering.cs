using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Audit;

/// <summary>
/// What an attacker with the database's password would do: switch off the append-only triggers
/// and change rows directly in SQL. Identifiers are quoted the same way for both providers.
/// </summary>
public static class AuditTampering
{
    public static async Task ExecuteAsync(PerspectiveFactory factory, string sql, string? tenantName = null)
    {
        await using var scope = await factory.TenantScopeAsync(tenantName);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var disableTriggers = db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? """ALTER TABLE "AuditEvents" DISABLE TRIGGER USER; ALTER TABLE "AuditCheckpoints" DISABLE TRIGGER USER;"""
            : "DROP TRIGGER IF EXISTS AuditEvents_NoUpdate; DROP TRIGGER IF EXISTS AuditEvents_NoDelete; DROP TRIGGER IF EXISTS AuditEvents_OnlyChained; DROP TRIGGER IF EXISTS AuditCheckpoints_NoDelete;";
        await db.Database.ExecuteSqlRawAsync(disableTriggers);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public static async Task<AuditVerification> VerifyAsync(PerspectiveFactory factory, string? tenantName = null)
    {
        await using var scope = await factory.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<AuditTrailVerifier>().VerifyAsync();
    }

    /// <summary>Records events and returns the sequence numbers they were given, in order.</summary>
    public static async Task<IReadOnlyList<long>> RecordAsync(PerspectiveFactory factory, int count, string? tenantName = null)
    {
        var sequences = new List<long>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = await factory.TenantScopeAsync(tenantName);
            var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(TestEvents.Numbered, "thing", number, details: "=SUM(A1)");
            sequences.Add(await factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == TestEvents.Numbered.Name && e.ObjectId == number).Select(e => e.Sequence!.Value).SingleAsync(), tenantName));
        }

        return sequences;
    }

    public static async Task<AuditCheckpoint?> CheckpointAsync(PerspectiveFactory factory)
    {
        await using var scope = await factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>().WriteAsync();
    }
}
