using Microsoft.Extensions.Logging;

namespace Perspective.Tenants.Creation;

/// <summary>
/// Saves each recipe step of a creation as it starts. Reports may come on any thread, late or out of
/// order (a <see cref="Progress{T}"/> posts them to the thread pool), so they are written one after
/// another, and the store never moves a creation backwards or changes one that has finished. A step
/// that cannot be saved is logged: the creation goes on.
/// </summary>
public sealed partial class CreationProgress(TenantCreations creations, string id, ILogger logger) : IProgress<(int Step, int Steps, string Name)>
{
    private readonly Lock _gate = new();
    private Task _written = Task.CompletedTask;

    public void Report((int Step, int Steps, string Name) value)
    {
        lock (_gate)
        {
            _written = WriteAfterAsync(_written, value);
        }
    }

    /// <summary>Completes once every step reported so far has been saved (or failed to be).</summary>
    public Task WrittenAsync()
    {
        lock (_gate)
        {
            return _written;
        }
    }

    private async Task WriteAfterAsync(Task before, (int Step, int Steps, string Name) value)
    {
        await before;
        try
        {
            await creations.RecordStepAsync(id, value.Step, value.Steps, TenantCreations.Shorten(value.Name, 100), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogNotSaved(logger, exception, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step of tenant creation {Creation} could not be saved.")]
    private static partial void LogNotSaved(ILogger logger, Exception exception, string creation);
}
