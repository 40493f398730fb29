using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Data.KeyRing;

namespace Perspective.Tests.Web.Data.KeyRing;

/// <summary>Which key encrypts the key ring, and what happens when none is configured.</summary>
public sealed class KeyRingProtectionTests
{
    [Fact]
    public void Host_InProductionWithoutAKey_RefusesToStart_NamingTheSetting()
    {
        using var host = new PerspectiveFactory().With(KeyRingProtection.KeySetting, null);

        var error = Assert.Throws<InvalidOperationException>(() => host.Services);

        Assert.StartsWith("Perspective:DataProtection:Key is not set.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Perspective:DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostProcess_InProductionWithoutAKey_ExitsWithTheMessage()
    {
        var dataPath = Directory.CreateTempSubdirectory("perspective-no-key-");
        try
        {
            var (exitCode, _, error) = await HostProcess.RunAsync(dataPath.FullName, [],
                ("Perspective__DataProtection__Key", ""), ("ASPNETCORE_URLS", "http://127.0.0.1:0"));

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Perspective:DataProtection:Key is not set.", error, StringComparison.Ordinal);
        }
        finally
        {
            dataPath.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Host_InDevelopmentWithoutAKey_StoresKeysUnencrypted_AndWarns()
    {
        var logs = new LogCollector();
        using var host = new LoggedFactory(logs) { EnvironmentName = "Development" }.With(KeyRingProtection.KeySetting, null);

        var payload = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("works");

        Assert.Equal("works", host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
        var stored = await host.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains(stored, xml => xml.Contains("masterKey", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.StartsWith("Data Protection keys are stored in the database unencrypted.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void Key_ThatIsNot32BytesOfBase64_IsRefusedWithAClearMessage(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyRingProtection.From(Configuration((KeyRingProtection.KeySetting, key)), Production()));

        Assert.Equal("Perspective:DataProtection:Key must be base64 of 32 random bytes (for example from `openssl rand -base64 32`).", error.Message);
    }

    [Fact]
    public void KeyAndCertificate_BothSet_AreRefused()
    {
        var configuration = Configuration((KeyRingProtection.KeySetting, TestKeys.DataProtection), (KeyRingProtection.CertificatePathSetting, "key-ring.pfx"));

        var error = Assert.Throws<InvalidOperationException>(() => KeyRingProtection.From(configuration, Production()));

        Assert.Equal("Set Perspective:DataProtection:Key or Perspective:DataProtection:CertificatePath, not both.", error.Message);
    }

    [Fact]
    public void Certificate_ThatIsNotThere_IsRefusedNamingThePath()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            KeyRingProtection.From(Configuration((KeyRingProtection.CertificatePathSetting, "/nowhere/key-ring.pfx")), Production()));

        Assert.Equal("Perspective:DataProtection:CertificatePath: there is no certificate file at /nowhere/key-ring.pfx.", error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static HostingEnvironment Production() => new() { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory };

    private sealed class LoggedFactory(LogCollector logs) : PerspectiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
