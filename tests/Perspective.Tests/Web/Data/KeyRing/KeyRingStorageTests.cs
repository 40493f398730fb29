using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Data;
using Perspective.Web.Data.KeyRing;

namespace Perspective.Tests.Web.Data.KeyRing;

public sealed class SqliteKeyRingStorageTests : KeyRingStorageTests
{
    protected override PerspectiveFactory NewHost() => new();
}

public sealed class PostgresKeyRingStorageTests : KeyRingStorageTests, IAsyncLifetime
{
    // A database per test: the import test needs an empty key table.
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override PerspectiveFactory NewHost() => new PerspectiveFactory()
        .With("Database:Provider", "Postgres")
        .With("Database:ConnectionString", _database.ConnectionString);
}

/// <summary>The Data Protection key ring lives in the default tenant's database, encrypted, whichever provider holds it.</summary>
public abstract class KeyRingStorageTests
{
    private const string Purpose = "Perspective.Tests.KeyRing";

    protected abstract PerspectiveFactory NewHost();

    [Fact]
    public void ProtectedValue_FromOneHost_OpensOnAnotherHostOverTheSameDatabase()
    {
        using var first = NewHost();
        var payload = Protector(first).Protect("two-factor secret");

        using var second = OnTheSameDatabase(first);

        Assert.Equal("two-factor secret", Protector(second).Unprotect(payload));
        Assert.NotEqual(first.DataPath, second.DataPath);
    }

    [Fact]
    public async Task StoredKeys_HoldNoPlaintextKeyMaterial()
    {
        using var host = NewHost();
        Protector(host).Protect("anything");

        var stored = await StoredXmlAsync(host);

        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal));
        // What the configured key opens is the key itself, master key and all.
        var opened = new ConfiguredKeyXmlDecryptor(host.Services).Decrypt(EncryptedSecretOf(stored[0]));
        Assert.Equal("masterKey", opened.Name.LocalName);
        Assert.NotEmpty(opened.Value);
    }

    [Fact]
    public async Task AnotherHost_WithAWrongKey_CannotOpenTheStoredKeys()
    {
        using var first = NewHost();
        var payload = Protector(first).Protect("two-factor secret");
        var stored = await StoredXmlAsync(first);

        using var wrong = OnTheSameDatabase(first).With(KeyRingProtection.KeySetting, TestKeys.NewDataProtectionKey());

        Assert.ThrowsAny<CryptographicException>(() => Protector(wrong).Unprotect(payload));
        var error = Assert.ThrowsAny<CryptographicException>(() =>
            new ConfiguredKeyXmlDecryptor(wrong.Services).Decrypt(EncryptedSecretOf(stored[0])));
        Assert.Contains("encrypted with another key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysInTheOldFolder_AreImportedEncrypted_AndAValueProtectedBeforeTheUpgradeStillOpens()
    {
        using var host = NewHost();
        var folder = Path.Combine(host.DataPath, "DataProtection-Keys");
        // As the previous version kept its keys: unencrypted XML files in a folder under the data path.
        var before = DataProtectionProvider.Create(new DirectoryInfo(folder), builder => builder.SetApplicationName("Perspective"));
        var payload = before.CreateProtector(Purpose).Protect("smtp password");
        var files = Directory.GetFiles(folder, "key-*.xml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("masterKey", await File.ReadAllTextAsync(Directory.GetFiles(folder)[0]), StringComparison.Ordinal);

        var opened = Protector(host).Unprotect(payload);

        Assert.Equal("smtp password", opened);
        var names = await host.QueryAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync());
        Assert.Equal(files, names);
        Assert.All(await StoredXmlAsync(host), xml => Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Certificate_EncryptsTheStoredKeys_AndAnotherHostWithItReadsThem()
    {
        var folder = Directory.CreateTempSubdirectory("perspective-certificate-").FullName;
        try
        {
            var (certificatePath, passwordFile) = WriteCertificate(folder);
            using var first = WithCertificate(NewHost(), certificatePath, passwordFile);
            var payload = Protector(first).Protect("session");
            var stored = await StoredXmlAsync(first);

            using var second = WithCertificate(OnTheSameDatabase(first), certificatePath, passwordFile);

            Assert.Equal("session", Protector(second).Unprotect(payload));
            Assert.All(stored, xml => Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal));
            Assert.All(stored, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IDataProtector Protector(PerspectiveFactory host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    /// <summary>A second node: its own data folder, the first host's database.</summary>
    private static PerspectiveFactory OnTheSameDatabase(PerspectiveFactory first)
    {
        var settings = first.Services.GetRequiredService<DatabaseSettings>();
        return new PerspectiveFactory()
            .With("Database:Provider", settings.Provider.Name)
            .With("Database:ConnectionString", settings.ConnectionString);
    }

    private static PerspectiveFactory WithCertificate(PerspectiveFactory host, string certificatePath, string passwordFile) => host
        .With(KeyRingProtection.KeySetting, null)
        .With(KeyRingProtection.CertificatePathSetting, certificatePath)
        .With(KeyRingProtection.CertificatePasswordFileSetting, passwordFile);

    private static Task<List<string>> StoredXmlAsync(PerspectiveFactory host) =>
        host.QueryAsync(db => db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync());

    private static XElement EncryptedSecretOf(string keyXml) =>
        XElement.Parse(keyXml).Descendants().Single(e => e.Name.LocalName == "encryptedKey");

    private static (string Certificate, string PasswordFile) WriteCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Perspective key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // A fixed, wide validity: encryption with the certificate does not depend on today's date.
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(folder, "key-ring.pfx");
        var passwordFile = Path.Combine(folder, "key-ring.password");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "correct horse"));
        File.WriteAllText(passwordFile, "correct horse\n");
        return (path, passwordFile);
    }
}
