using System.Globalization;
using System.Text;

namespace Perspective.Email.Liquid;

/// <summary>
/// A <see cref="StringWriter"/> that refuses to grow past a number of characters: it throws
/// <see cref="LiquidLimitException"/> before it stores the write that would take it over, so what
/// a template writes never holds more memory than the limit.
/// </summary>
public sealed class BoundedTextWriter(int maxLength, string tooLong) : StringWriter(new StringBuilder(), CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    // StringWriter writes these straight to its buffer, not through Write.
    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        Write(CoreNewLine);
    }

    public override void WriteLine(StringBuilder? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        WriteLine(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken = default)
    {
        Write(value);
        return Task.CompletedTask;
    }

    private void Reserve(int count)
    {
        if ((long)GetStringBuilder().Length + count > maxLength)
        {
            throw new LiquidLimitException(tooLong);
        }
    }
}
