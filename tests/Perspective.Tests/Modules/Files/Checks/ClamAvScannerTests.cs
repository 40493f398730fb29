using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Perspective.Files.Checks;

namespace Perspective.Tests.Modules.Files.Checks;

public sealed class ClamAvScannerTests
{
    [Fact]
    public async Task Scan_CleanFile_IsClean()
    {
        await using var clamd = new FakeClamd();
        var content = new byte[200_000];
        Random.Shared.NextBytes(content);
        content.AsSpan().Replace((byte)'X', (byte)'Y');

        var result = await Scanner(clamd.Port, chunkSize: 4096).ScanAsync(new MemoryStream(content));

        Assert.Equal(ScanResult.Clean, result);
        Assert.Equal("zINSTREAM\0", clamd.LastCommand);
        Assert.Equal(content.Length, clamd.LastBytes);
    }

    [Fact]
    public async Task Scan_EicarTestFile_IsInfectedWithTheSignatureName()
    {
        await using var clamd = new FakeClamd();

        var result = await Scanner(clamd.Port).ScanAsync(new MemoryStream(Encoding.ASCII.GetBytes(FakeClamd.Eicar)));

        Assert.Equal(ScanOutcome.Infected, result.Outcome);
        Assert.Equal("Win.Test.EICAR_HDB-1", result.Signature);
    }

    [Fact]
    public async Task Scan_EicarSplitAcrossChunks_IsStillFound()
    {
        await using var clamd = new FakeClamd();
        var content = Encoding.ASCII.GetBytes(new string('a', 5000) + FakeClamd.Eicar + new string('b', 5000));

        var result = await Scanner(clamd.Port, chunkSize: 7).ScanAsync(new MemoryStream(content));

        Assert.Equal(ScanOutcome.Infected, result.Outcome);
    }

    [Fact]
    public async Task Scan_EmptyFile_IsSentAsAnEmptyStream()
    {
        await using var clamd = new FakeClamd();

        var result = await Scanner(clamd.Port).ScanAsync(new MemoryStream());

        Assert.Equal(ScanOutcome.Clean, result.Outcome);
        Assert.Equal(0, clamd.LastBytes);
    }

    [Fact]
    public async Task Scan_FileOverClamdsLimit_FailsSayingSo()
    {
        await using var clamd = new FakeClamd(streamMaxLength: 10_000);

        var result = await Scanner(clamd.Port, chunkSize: 1000).ScanAsync(new MemoryStream(new byte[5_000_000]));

        Assert.Equal(ScanOutcome.Failed, result.Outcome);
        Assert.Equal("The file is larger than the virus scanner accepts (clamd's StreamMaxLength)", result.Reason);
    }

    [Fact]
    public async Task Scan_ScannerDown_FailsWithAClearReason()
    {
        var port = FreePortNobodyListensOn();

        var result = await Scanner(port).ScanAsync(new MemoryStream([1, 2, 3]));

        Assert.Equal(ScanOutcome.Failed, result.Outcome);
        Assert.Equal($"The virus scanner at 127.0.0.1:{port} could not be reached (ConnectionRefused)", result.Reason);
    }

    [Fact]
    public async Task Scan_ScannerThatNeverAnswers_FailsWhenTheTimeoutPasses()
    {
        await using var clamd = new FakeClamd(static (stream, cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken));

        var result = await Scanner(clamd.Port, timeout: TimeSpan.FromMilliseconds(300)).ScanAsync(new MemoryStream([1, 2, 3]));

        Assert.Equal(ScanOutcome.Failed, result.Outcome);
        Assert.Equal($"The virus scanner at 127.0.0.1:{clamd.Port} did not answer within 0.3 seconds", result.Reason);
    }

    [Fact]
    public async Task Scan_ScannerThatHangsUpWithoutAnswering_Fails()
    {
        await using var clamd = new FakeClamd(static async (stream, cancellationToken) =>
            await stream.ReadAtLeastAsync(new byte[10], 10, cancellationToken: cancellationToken));

        var result = await Scanner(clamd.Port).ScanAsync(new MemoryStream([1, 2, 3]));

        Assert.Equal(ScanOutcome.Failed, result.Outcome);
    }

    [Theory]
    [InlineData("stream: Can't allocate memory ERROR\0")]
    [InlineData("UNKNOWN COMMAND\0")]
    [InlineData("stream:  FOUND\0")]
    public async Task Scan_ScannerAnsweringSomethingElse_FailsQuotingTheAnswer(string answer)
    {
        await using var clamd = new FakeClamd(async (stream, cancellationToken) =>
        {
            await stream.ReadAtLeastAsync(new byte[10], 10, cancellationToken: cancellationToken);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), cancellationToken);
        });

        var result = await Scanner(clamd.Port).ScanAsync(new MemoryStream([1, 2, 3]));

        Assert.Equal(ScanOutcome.Failed, result.Outcome);
        Assert.Contains(answer.TrimEnd('\0').Trim(), result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CallerCancels_ThrowsRatherThanReportingAFailure()
    {
        await using var clamd = new FakeClamd(static (stream, cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Scanner(clamd.Port, timeout: TimeSpan.FromMinutes(5)).ScanAsync(new MemoryStream([1, 2, 3]), cancel.Token));
    }

    [Fact]
    public async Task NoFileScanner_CallsEveryFileClean()
    {
        var result = await new NoFileScanner().ScanAsync(new MemoryStream(Encoding.ASCII.GetBytes(FakeClamd.Eicar)));

        Assert.Equal(ScanOutcome.Clean, result.Outcome);
    }

    [Fact]
    public void Services_WithoutAClamAvHost_UseNoScanner()
    {
        using var services = Services([]);

        Assert.IsType<NoFileScanner>(services.GetRequiredService<IFileScanner>());
    }

    [Fact]
    public async Task Services_WithAClamAvHost_ScanWithClamd()
    {
        await using var clamd = new FakeClamd();
        using var services = Services(new()
        {
            ["Perspective:Documents:ClamAv:Host"] = "127.0.0.1",
            ["Perspective:Documents:ClamAv:Port"] = clamd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Perspective:Documents:ClamAv:Timeout"] = "00:00:10",
            ["Perspective:Documents:Zip:MaxEntries"] = "7",
        });

        var scanner = services.GetRequiredService<IFileScanner>();
        var result = await scanner.ScanAsync(new MemoryStream(Encoding.ASCII.GetBytes(FakeClamd.Eicar)));

        Assert.IsType<ClamAvScanner>(scanner);
        Assert.Equal(ScanOutcome.Infected, result.Outcome);
        var zips = await services.GetRequiredService<ZipInspector>().InspectAsync(new MemoryStream(TestZips.ManyEntries(8)));
        Assert.Equal("The selected zip file must contain 7 files or fewer", zips.Problem);
    }

    [Fact]
    public async Task Services_WithTheFilesSection_ReadItBeforeTheDocumentsSection()
    {
        await using var clamd = new FakeClamd();
        using var services = Services(new()
        {
            ["Perspective:Files:ClamAv:Host"] = "127.0.0.1",
            ["Perspective:Files:ClamAv:Port"] = clamd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Perspective:Documents:ClamAv:Port"] = FreePortNobodyListensOn().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Perspective:Files:Zip:MaxEntries"] = "5",
            ["Perspective:Documents:Zip:MaxEntries"] = "7",
        });

        var result = await services.GetRequiredService<IFileScanner>().ScanAsync(new MemoryStream(Encoding.ASCII.GetBytes(FakeClamd.Eicar)));
        var zips = await services.GetRequiredService<ZipInspector>().InspectAsync(new MemoryStream(TestZips.ManyEntries(6)));

        Assert.Equal(ScanOutcome.Infected, result.Outcome);
        Assert.Equal("The selected zip file must contain 5 files or fewer", zips.Problem);
    }

    private static ClamAvScanner Scanner(int port, int chunkSize = 64 * 1024, TimeSpan? timeout = null) =>
        new(new ClamAvOptions { Host = "127.0.0.1", Port = port, ChunkSize = chunkSize, Timeout = timeout ?? TimeSpan.FromSeconds(10) },
            NullLogger<ClamAvScanner>.Instance);

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        new Perspective.Files.Startup().ConfigureServices(services);
        // Through the module's Startup, since that is what the host calls; only file check services are resolved.
        return services.BuildServiceProvider();
    }

    private static int FreePortNobodyListensOn()
    {
        // Bind and release: nothing listens there afterwards, so connecting is refused at once.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
