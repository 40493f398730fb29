using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Perspective.Bench.Documents;
using Perspective.Files.Storage;

// dd writes a file, then one file is encrypt-written and decrypt-read through the Documents
// storage classes, then dd reads its file back: the same number of bytes in the same folder; the peak working set (VmHWM) of this
// process is reset before and read after each of our phases.
var sizeMiB = 1024;
var folder = Path.GetTempPath();
var http = false;
var letters = 400;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--size-mib": sizeMiB = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--dir": folder = args[++i]; break;
        case "--http": http = true; break;
        case "--letters": letters = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
    }
}

if (http)
{
    return await HttpBench.RunAsync(sizeMiB, letters, folder);
}

var bytes = (long)sizeMiB * 1024 * 1024;
var work = Directory.CreateDirectory(Path.Combine(folder, "perspective-bench-documents-" + Environment.ProcessId)).FullName;
try
{
    var site = new TenantDataFolder(Path.Combine(work, "Sites", "bench"));
    var keyRing = new TenantKeyRing(
        new BenchTenant(),
        site,
        new ConfigurationBuilder().Build(),
        DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(work, "DataProtection-Keys"))));
    var files = new EncryptedFiles(new LocalFolderBlobStore(site), keyRing);
    await keyRing.LoadAsync();
    var baseline = Memory.PeakMiB();

    // dd writes first, so that each writer meets a disk in the same state (our file is deleted only at the end).
    var ddFile = Path.Combine(work, "dd.bin");
    var ddWrite = DdRuns.Time($"if=/dev/zero of={ddFile} bs=1M count={sizeMiB} conv=fsync");

    Memory.ResetPeak();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var stored = await files.WriteAsync(new GeneratedStream(bytes), bytes);
    var writeSeconds = clock.Elapsed.TotalSeconds;
    var writePeak = Memory.PeakMiB();
    var writeAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

    Memory.ResetPeak();
    allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    clock.Restart();
    long read = 0;
    await using (var plaintext = await files.OpenReadAsync(stored))
    {
        var buffer = new byte[81920];
        int n;
        while ((n = await plaintext.ReadAsync(buffer)) > 0)
        {
            read += n;
        }
    }

    var readSeconds = clock.Elapsed.TotalSeconds;
    var readPeak = Memory.PeakMiB();
    var readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    if (read != bytes)
    {
        throw new InvalidOperationException($"Read {read} bytes of {bytes}.");
    }

    var onDisk = new FileInfo(Path.Combine(site.Files, stored.StorageName + LocalFolderBlobStore.BlobExtension)).Length;

    var ddRead = DdRuns.Time($"if={ddFile} of=/dev/null bs=1M");
    File.Delete(ddFile);
    await files.DeleteAsync(stored.StorageName);

    Console.WriteLine($"size {sizeMiB} MiB ({bytes} bytes plaintext, {onDisk} bytes on disk), folder {folder}, {Environment.ProcessorCount} cores");
    Console.WriteLine($"process peak working set before the runs (runtime, key ring): {baseline} MiB");
    Console.WriteLine("phase                         seconds    MiB/s   vs dd   peak working set (VmHWM), managed bytes allocated");
    Console.WriteLine(Row("encrypt + write (ours)", writeSeconds, sizeMiB, ddWrite, $"{writePeak} MiB, {writeAllocated / 1024} KiB"));
    Console.WriteLine(Row("dd write (conv=fsync)", ddWrite, sizeMiB, ddWrite, "-"));
    Console.WriteLine(Row("read + decrypt (ours)", readSeconds, sizeMiB, ddRead, $"{readPeak} MiB, {readAllocated / 1024} KiB"));
    Console.WriteLine(Row("dd read", ddRead, sizeMiB, ddRead, "-"));
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static string Row(string name, double seconds, int sizeMiB, double ddSeconds, string peak) =>
    string.Create(CultureInfo.InvariantCulture, $"{name,-28}{seconds,9:F2}{sizeMiB / seconds,9:F0}{seconds / ddSeconds,7:F2}x   {peak}");
