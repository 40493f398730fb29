using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>The journey's administrator's email address: said on check answers, and invited to the new tenant once it is made.</summary>
public sealed class AdministratorInvitationTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new PerspectiveFactory().With("Perspective:Email:SenderEnabled", "false");

    [Fact]
    public async Task CheckAnswers_SaysTheAdministratorWillBeInvited()
    {
        var client = _factory.PlatformAdmin();
        await client.SubmitAsync("/admin/tenants/create", CreateTenantTests.GoodAnswers());

        var html = await (await client.GetAsync("/admin/tenants/create/check-answers")).HtmlAsync();

        Assert.Contains("then emails admin@east.test an invitation to be its LA admin", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithAnAdminEmail_InvitesThemToTheNewTenant_WithALinkOnItsHost_ThatAsksForTwoFactor()
    {
        var client = _factory.PlatformAdmin();

        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        await client.WaitForCreationAsync(confirmed.Headers.Location!.OriginalString);
        var message = Assert.Single(await _factory.SendAndReadAsync("eastshire", _factory.DataPath));
        var link = PickupEmails.LinkIn(message);
        var activated = await _factory.ClientOn("east.test").SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = "tractor purple windowsill jam", ["ConfirmPassword"] = "tractor purple windowsill jam",
        });

        Assert.Equal("admin@east.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("east.test", link.Host);
        Assert.StartsWith("/activate/", link.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/sign-in/set-up-two-factor", activated.Headers.Location?.OriginalString);
        Assert.Empty(await _factory.SendAndReadAsync("Default", _factory.DataPath));
        Assert.Contains("users.invited", await _factory.AuditActionsAsync("eastshire"));
    }

    public void Dispose() => _factory.Dispose();
}
