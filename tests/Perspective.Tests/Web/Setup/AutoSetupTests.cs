using Microsoft.EntityFrameworkCore;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Setup;

/// <summary>Unattended setup from <c>Perspective:AutoSetup:*</c>, as a deployment would configure it.</summary>
public sealed class AutoSetupTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new() { StartSetUp = false };

    [Fact]
    public async Task AutoSetup_CreatesTheAdministrator_UnderTheConfiguredName()
    {
        Configure(adminName: "Wendy Admin");

        _factory.CreateClient();

        Assert.Equal("Wendy Admin", await _factory.QueryAsync(db => db.Users.Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public void AutoSetup_WithoutTheAdministratorsName_StopsTheStartUp_SayingWhichKeyIsMissing()
    {
        Configure(adminName: null);

        var error = Assert.ThrowsAny<Exception>(() => _factory.CreateClient());

        Assert.Contains("Perspective:AutoSetup:AdminName is required", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private void Configure(string? adminName)
    {
        var passwordFile = Path.Combine(_factory.DataPath, "admin-password.txt");
        File.WriteAllText(passwordFile, "a long and memorable passphrase\n");
        _factory.With("Perspective:AutoSetup:SiteName", "Westshire Council")
            .With("Perspective:AutoSetup:Recipe", "la-portal")
            .With("Perspective:AutoSetup:AdminName", adminName)
            .With("Perspective:AutoSetup:AdminEmail", "wendy@westshire.test")
            .With("Perspective:AutoSetup:AdminPasswordFile", passwordFile);
    }
}
