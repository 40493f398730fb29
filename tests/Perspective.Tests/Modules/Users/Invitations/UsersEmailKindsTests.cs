using Perspective.Email.Templates;

namespace Perspective.Tests.Modules.Users.Invitations;

public sealed class UsersEmailKindsTests
{
    private static readonly IReadOnlyList<Perspective.Core.Email.EmailKind> Kinds = new Perspective.Users.Startup().EmailKinds.ToList();

    [Fact]
    public void TheModule_DeclaresItsFiveSecurityEmails()
    {
        Assert.Equal(
            ["users.email-change-confirm", "users.email-change-notice", "users.invitation", "users.password-changed", "users.password-reset"],
            Kinds.Select(k => k.Name).Order(StringComparer.Ordinal));
        Assert.All(Kinds, k => Assert.True(k.IsSecurity));
    }

    [Fact]
    public async Task EachDefaultWording_PassesTheTemplateChecker()
    {
        foreach (var kind in Kinds)
        {
            Assert.Empty(await EmailTemplateChecker.CheckAsync(kind, EmailWording.DefaultOf(kind)));
        }
    }

    [Fact]
    public void NoEmail_HasAPasswordAmongItsValues()
    {
        Assert.All(Kinds.SelectMany(k => k.Variables), v => Assert.DoesNotContain("password", v.Name, StringComparison.OrdinalIgnoreCase));
    }
}
