using Perspective.Core.Tenants;

namespace Perspective.Tenants.Creation;

public enum TenantCreationState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One tenant's creation, as the platform administrator asked for it and as far as it has got,
/// kept in the default tenant's database so that any node can show it and a node that picks the
/// creation up after a restart can finish it. Step 0 of 0 means the recipe has not started yet
/// (the tenant's database is being made).
/// </summary>
public sealed class TenantCreation
{
    /// <summary>Random, 128 bits in hex: the progress page's address, never a counter.</summary>
    public required string Id { get; init; }

    public required string TenantName { get; init; }

    /// <summary>The administrator who asked (<c>ClaimTypes.NameIdentifier</c>): the only one who may follow it.</summary>
    public required string OwnerId { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>The host names asked for, comma-separated (host names never contain commas).</summary>
    public string? HostNames { get; init; }

    public string? UrlPrefix { get; init; }

    public required string RecipeName { get; init; }

    public string? AdminEmail { get; init; }

    public TenantCreationState State { get; set; } = TenantCreationState.Running;

    public int Step { get; set; }

    public int Steps { get; set; }

    public string? StepName { get; set; }

    /// <summary>Why a failed creation failed, one message a line, in words for the platform administrator.</summary>
    public string? Error { get; set; }

    public DateTime StartedUtc { get; init; }

    public DateTime? FinishedUtc { get; set; }

    public IReadOnlyList<string> Problems => Error?.Split('\n') ?? [];

    public static TenantCreation For(string id, NewTenant request, string ownerId, DateTime startedUtc) => new()
    {
        Id = id,
        // Tenant names are lower case; a name in other letters is the same tenant.
        TenantName = request.Name.ToLowerInvariant(),
        OwnerId = ownerId,
        DisplayName = request.DisplayName,
        HostNames = request.HostNames.Count == 0 ? null : string.Join(',', request.HostNames),
        UrlPrefix = request.UrlPrefix,
        RecipeName = request.RecipeName,
        AdminEmail = request.AdminEmail,
        StartedUtc = startedUtc,
    };

    /// <summary>The request again, for the job that carries it out.</summary>
    public NewTenant ToRequest() =>
        new(TenantName, DisplayName, HostNames?.Split(',') ?? [], UrlPrefix, RecipeName, AdminEmail);
}
