using System.Diagnostics;
using System.Globalization;
using Perspective.Core.Tenants;

namespace Perspective.Bench.Documents;

internal sealed class BenchTenant : ITenantContext
{
    public Tenant Current { get; } = new() { Name = "bench", DisplayName = "Bench", State = TenantState.Running };
}

/// <summary>Peak resident set size of this process, from /proc (Linux).</summary>
internal static class Memory
{
    /// <summary>Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0+).</summary>
    public static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public static long PeakMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024;
    }
}

/// <summary>
/// A plaintext source of a given length, from a repeated random block, so no disk read competes
/// with the write; <paramref name="header"/> (e.g. <c>%PDF-</c>, for the upload's type check) starts it.
/// </summary>
internal sealed class GeneratedStream(long length, byte[]? header = null) : Stream
{
    private readonly byte[] _block = RandomBlock(header);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        var written = 0;
        while (written < n)
        {
            var from = (int)((_position + written) % _block.Length);
            var take = Math.Min(n - written, _block.Length - from);
            _block.AsSpan(from, take).CopyTo(buffer[written..]);
            written += take;
        }

        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] RandomBlock(byte[]? header)
    {
        var block = new byte[1024 * 1024];
        Random.Shared.NextBytes(block);
        header?.CopyTo(block, 0);
        return block;
    }
}

/// <summary>Times dd, the yardstick every figure here is compared with in the same run.</summary>
internal static class DdRuns
{
    public static double Time(string arguments)
    {
        var clock = Stopwatch.StartNew();
        using var dd = Process.Start(new ProcessStartInfo("dd", arguments) { RedirectStandardError = true, UseShellExecute = false })!;
        dd.StandardError.ReadToEnd();
        dd.WaitForExit();
        if (dd.ExitCode != 0)
        {
            throw new InvalidOperationException($"dd {arguments} failed.");
        }

        return clock.Elapsed.TotalSeconds;
    }
}

/// <summary>WebApplicationFactory finds the app's content root by itself only from a test project.</summary>
internal static class ContentRoot
{
    public static void PointAtTheWebProject()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Perspective.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERSPECTIVE_WEB", Path.Combine(root?.FullName ?? ".", "src", "Perspective.Web"));
    }
}
