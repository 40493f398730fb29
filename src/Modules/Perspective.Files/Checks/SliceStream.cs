namespace Perspective.Files.Checks;

/// <summary>A read-only window onto part of a seekable stream: one zip entry's compressed bytes.</summary>
internal sealed class SliceStream(Stream inner, long start, long length) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - read);
        if (wanted <= 0)
        {
            return 0;
        }

        inner.Position = start + read;
        var n = inner.Read(buffer[..wanted]);
        read += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var wanted = (int)Math.Min(buffer.Length, length - read);
        if (wanted <= 0)
        {
            return 0;
        }

        inner.Position = start + read;
        var n = await inner.ReadAsync(buffer[..wanted], cancellationToken);
        read += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
