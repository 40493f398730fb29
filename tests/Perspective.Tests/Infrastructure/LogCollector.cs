using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Perspective.Tests.Infrastructure;

/// <summary>Keeps what a test host logs, so a test can check that a warning was written.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Collecting(_entries);

    public void Dispose()
    {
    }

    private sealed class Collecting(ConcurrentQueue<(LogLevel Level, string Message)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
