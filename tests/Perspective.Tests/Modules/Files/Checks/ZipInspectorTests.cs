using Perspective.Files.Checks;

namespace Perspective.Tests.Modules.Files.Checks;

public sealed class ZipInspectorTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    private readonly ZipInspector inspector = new(new ZipLimits(MaxEntries: 100, MaxUnpackedBytes: FiftyMegabytes));

    [Fact]
    public async Task Inspect_OrdinaryZip_IsAcceptableAndCountsItsBytes()
    {
        var zip = TestZips.With(("a.txt", "hello"), ("folder/b.txt", "world!"));

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.True(result.IsAcceptable, result.Problem);
        Assert.Equal(2, result.Entries);
        Assert.Equal(11, result.BytesUnpacked);
    }

    [Fact]
    public async Task Inspect_ZipBombWithHonestHeaders_IsRefusedWithoutUnpackingAnything()
    {
        var bomb = TestZips.Zeros(200L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb should be small when compressed");

        var result = await inspector.InspectAsync(new MemoryStream(bomb));

        Assert.Equal("The selected zip file must unpack to 50 MB or less", result.Problem);
        Assert.Equal(0, result.BytesUnpacked);
    }

    [Fact]
    public async Task Inspect_ZipBombWithLyingHeaders_IsCaughtWhileUnpackingWithinOneBufferOfTheCap()
    {
        var bomb = TestZips.WithLyingSizes(TestZips.Zeros(200L * 1024 * 1024), declared: 1000);

        var result = await inspector.InspectAsync(new MemoryStream(bomb));

        Assert.Equal("The selected zip file must unpack to 50 MB or less", result.Problem);
        Assert.InRange(result.BytesUnpacked, FiftyMegabytes, FiftyMegabytes + ZipInspector.BufferSize);
    }

    [Fact]
    public async Task Inspect_EntryLargerThanItDeclaresButUnderTheCap_IsRefusedAsDamaged()
    {
        var zip = TestZips.WithLyingSizes(TestZips.Zeros(1024 * 1024), declared: 10);

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected file is not a valid zip file", result.Problem);
    }

    [Fact]
    public async Task Inspect_EntrySmallerThanItDeclares_IsRefusedAsDamaged()
    {
        var zip = TestZips.WithLyingSizes(TestZips.With(("a.txt", "hello")), declared: 6);

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected file is not a valid zip file", result.Problem);
    }

    [Fact]
    public async Task Inspect_StoredEntries_AreCountedToo()
    {
        var small = new ZipInspector(new ZipLimits(MaxEntries: 10, MaxUnpackedBytes: 1000));
        var zip = TestZips.Stored(new byte[2000]);

        var result = await small.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected zip file must unpack to 1,000 bytes or less", result.Problem);
    }

    [Fact]
    public async Task Inspect_LyingHeadersUnderASmallCap_AreCaughtByTheRunningTotal()
    {
        var small = new ZipInspector(new ZipLimits(MaxEntries: 100, MaxUnpackedBytes: 1024 * 1024));
        var zip = TestZips.WithLyingSizes(TestZips.Zeros(3L * 1024 * 1024), declared: 10);

        var result = await small.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected zip file must unpack to 1 MB or less", result.Problem);
        Assert.InRange(result.BytesUnpacked, 0, 1024 * 1024 + ZipInspector.BufferSize);
    }

    [Fact]
    public async Task Inspect_MoreEntriesThanTheLimit_IsRefused()
    {
        var zip = TestZips.ManyEntries(101);

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected zip file must contain 100 files or fewer", result.Problem);
        Assert.Equal(101, result.Entries);
    }

    [Fact]
    public async Task Inspect_ExactlyTheEntryLimit_IsAcceptable()
    {
        var zip = TestZips.ManyEntries(100);

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.True(result.IsAcceptable, result.Problem);
    }

    [Fact]
    public async Task Inspect_ThousandsOfEntries_AreRefusedByTheDefaultLimit()
    {
        var defaults = new ZipInspector(ZipLimits.Default);

        var result = await defaults.InspectAsync(new MemoryStream(TestZips.ManyEntries(5000)));

        Assert.Equal("The selected zip file must contain 1,000 files or fewer", result.Problem);
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("folder/../../evil.txt")]
    [InlineData("..\\evil.txt")]
    [InlineData("folder\\..\\..\\evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("\\Windows\\evil.dll")]
    [InlineData("C:/Windows/evil.dll")]
    [InlineData("C:evil.dll")]
    [InlineData("folder/..")]
    public async Task Inspect_EntryNameThatClimbsOutOfTheFolder_IsRefused(string name)
    {
        var zip = TestZips.With(("fine.txt", "fine"), (name, "evil"));

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected zip file contains a file name that points outside the zip", result.Problem);
    }

    [Theory]
    [InlineData("a..b.txt")]
    [InlineData("..hidden")]
    [InlineData("folder/sub/file.txt")]
    [InlineData("folder/")]
    public void IsSafeName_NamesThatOnlyLookOdd_AreSafe(string name)
    {
        Assert.True(ZipInspector.IsSafeName(name));
    }

    [Fact]
    public async Task Inspect_EncryptedEntry_IsRefused()
    {
        var zip = TestZips.MarkedEncrypted(TestZips.With(("secret.txt", "secret")));

        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected zip file must not be password protected", result.Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[0])]
    public async Task Inspect_DamagedZip_IsRefused(byte[] zip)
    {
        var result = await inspector.InspectAsync(new MemoryStream(zip));

        Assert.Equal("The selected file is not a valid zip file", result.Problem);
    }

    [Fact]
    public async Task Inspect_ZipCutShort_IsRefused()
    {
        var zip = TestZips.With(("a.txt", new string('a', 10_000)));

        var result = await inspector.InspectAsync(new MemoryStream(zip[..(zip.Length / 2)]));

        Assert.Equal("The selected file is not a valid zip file", result.Problem);
    }
}
