namespace Perspective.Tests.Core.Events;

/// <summary>What the test subscribers do, set by the test: block at one event, or fail.</summary>
public sealed class SubscriberGate
{
    private readonly TaskCompletionSource _blocked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The event number at which <see cref="FirstCounter"/> blocks until its dispatch is cancelled; none when null.</summary>
    public int? BlockAt { get; set; }

    /// <summary>Subscribers that throw while named here.</summary>
    public HashSet<string> Failing { get; } = [];

    /// <summary>Completes when a subscriber has reached <see cref="BlockAt"/>.</summary>
    public Task Blocked => _blocked.Task;

    public async Task PassAsync(string subscriber, int number, CancellationToken cancellationToken)
    {
        lock (Failing)
        {
            if (Failing.Contains(subscriber))
            {
                throw new InvalidOperationException($"{subscriber} is failing on purpose.");
            }
        }

        if (subscriber == FirstCounter.Name && number == BlockAt)
        {
            _blocked.TrySetResult();
            // Never released: it ends only when the host stops and cancels the dispatch.
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        }
    }
}
