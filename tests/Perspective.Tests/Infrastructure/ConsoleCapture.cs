namespace Perspective.Tests.Infrastructure;

/// <summary>
/// What code run in this process for one test prints on the console, kept apart from every other
/// test's. Once the first capture begins, <see cref="Console.Out"/> and <see cref="Console.Error"/>
/// write to the writers of the capture that the current flow of work began (work it queues, such as
/// progress reports, flows with it), and to the real console outside any capture.
/// </summary>
public sealed class ConsoleCapture : IDisposable
{
    private static readonly AsyncLocal<ConsoleCapture?> Current = new();
    private static readonly Lazy<bool> Routed = new(RouteTheConsole);

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private ConsoleCapture()
    {
    }

    public string Output => Read(_output);

    public string Error => Read(_error);

    /// <summary>Captures the console for the current flow of work until disposed.</summary>
    public static ConsoleCapture Begin()
    {
        _ = Routed.Value;
        var capture = new ConsoleCapture();
        Current.Value = capture;
        return capture;
    }

    public void Dispose() => Current.Value = null;

    private static string Read(StringWriter writer)
    {
        lock (writer)
        {
            return writer.ToString();
        }
    }

    private static bool RouteTheConsole()
    {
        Console.SetOut(new RoutedWriter(Console.Out, capture => capture._output));
        Console.SetError(new RoutedWriter(Console.Error, capture => capture._error));
        return true;
    }

    /// <summary>Writes to the current capture's writer, or to the real console when nothing captures.</summary>
    private sealed class RoutedWriter(TextWriter console, Func<ConsoleCapture, StringWriter> captured) : TextWriter
    {
        public override System.Text.Encoding Encoding => console.Encoding;

        public override void Write(char value) => Write(target => target.Write(value));

        public override void Write(string? value) => Write(target => target.Write(value));

        public override void Write(char[] buffer, int index, int count) => Write(target => target.Write(buffer, index, count));

        public override void Flush() => console.Flush();

        private void Write(Action<TextWriter> write)
        {
            if (Current.Value is not { } capture)
            {
                write(console);
                return;
            }

            var writer = captured(capture);
            lock (writer)
            {
                write(writer);
            }
        }
    }
}
