using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit;

/// <summary>Puts audit events in the default tenant's trail as if people of an organisation had done things.</summary>
public static class AuditEvents
{
    public static async Task AddAsync(PerspectiveFactory factory, params (string Action, string? OrganisationId, string? Details)[] events)
    {
        await using var scope = await factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        foreach (var (action, organisationId, details) in events)
        {
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredUtc = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc),
                Action = action,
                UserName = "someone@" + (organisationId ?? "la"),
                OrganisationId = organisationId,
                Details = details,
            });
        }

        await db.SaveChangesAsync();
    }
}
