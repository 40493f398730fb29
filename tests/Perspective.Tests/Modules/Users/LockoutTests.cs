using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Infrastructure = Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users;

public sealed class LockoutTests : IDisposable
{
    private const string Officer = "olive.officer@la.test";
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused_ForFifteenMinutes()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = Officer, ["Password"] = $"wrong password number {attempt}" });
        }

        var right = await client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = Officer, ["Password"] = Infrastructure.Tenants.Password });
        var lockoutEnd = await _factory.QueryAsync(db => db.Users.Select(u => u.LockoutEnd).SingleAsync());

        Assert.Contains("Enter a correct email address and password", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(["users.sign-in.failed", "users.sign-in.failed", "users.sign-in.failed", "users.sign-in.failed", "users.sign-in.locked-out", "users.sign-in.locked-out"],
            (await _factory.AuditActionsAsync()).Where(a => a.StartsWith("users.sign-in", StringComparison.Ordinal)));
    }

    public void Dispose() => _factory.Dispose();
}
