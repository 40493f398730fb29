using Microsoft.Extensions.Logging;
using Perspective.Core.Jobs;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Creation;

/// <summary>
/// Carries out one recorded <see cref="TenantCreation"/> in the default tenant's scope, recording
/// each recipe step as it starts. The tenant manager's steps each look first whether they have
/// already happened, so a run again after its node stopped or died (Quartz recovers the job) finishes
/// the tenant. A creation whose work fails ends Failed, with the manager having removed what it had
/// made; one cut short by its node stopping stays Running, with what was made kept, for the next run.
/// </summary>
public sealed partial class CreateTenantJob(TenantCreations creations, ITenantManager manager, ILogger<CreateTenantJob> logger) : ITenantJob
{
    public const string Name = "tenants.create";

    /// <summary>The job data's key for the creation's id.</summary>
    public const string CreationKey = "creation";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Data.GetValueOrDefault(CreationKey) ?? "";
        if (await creations.FindRunningByIdAsync(id, cancellationToken) is not { } creation)
        {
            // Already finished (a run again after the last one saved its result), or forgotten.
            LogNothingToDo(logger, id);
            return;
        }

        var progress = new CreationProgress(creations, id, logger);
        IReadOnlyList<string> problems;
        try
        {
            problems = (await manager.CreateAsync(creation.ToRequest(), carryOn: true, progress, cancellationToken)).Select(p => p.Message).ToList();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await progress.WrittenAsync();
            throw;
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the creation must end Failed and say so, never stay Running.
            LogFailed(logger, exception, creation.TenantName);
            problems = [TenantCreations.UnexpectedError];
        }

        await progress.WrittenAsync();
        await creations.FinishAsync(id, problems, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant creation {Creation} has nothing left to do.")]
    private static partial void LogNothingToDo(ILogger logger, string creation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Creating tenant {Tenant} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string tenant);
}
