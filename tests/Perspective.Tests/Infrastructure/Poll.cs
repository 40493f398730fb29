namespace Perspective.Tests.Infrastructure;

/// <summary>Waits for background work by reading its result until it is done, failing the test after a deadline.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds and returns that reading; fails with <paramref name="failure"/> after <paramref name="within"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, Func<T, string> failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(waited.Elapsed < within, failure(value));
            await Task.Delay(Interval);
        }
    }
}
