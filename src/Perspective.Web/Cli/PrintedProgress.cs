namespace Perspective.Web.Cli;

/// <summary>
/// Progress printed the moment it is reported, on the reporting thread. <see cref="Progress{T}"/>
/// would post each report to the thread pool, so the last line could come after the verb had
/// finished, or never, when the process exits first.
/// </summary>
internal sealed class PrintedProgress<T>(Func<T, string> line) : IProgress<T>
{
    public void Report(T value) => Console.WriteLine(line(value));
}
