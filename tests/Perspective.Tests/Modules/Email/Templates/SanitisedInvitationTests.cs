using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;

namespace Perspective.Tests.Modules.Email.Templates;

/// <summary>Issue 17: an invitation whose wording an LA admin gave a script arrives without it, and with its working link.</summary>
public sealed class SanitisedInvitationTests
{
    [Theory]
    [MemberData(nameof(EmailHtmlSanitiserTests.Bypasses), MemberType = typeof(EmailHtmlSanitiserTests))]
    public async Task AnInvitationWithABypassInItsWording_ArrivesOverSmtp_WithNoScript_AndItsLink(string bypass)
    {
        using var factory = new UsersFactory();
        await factory.StartAsync();
        var admin = factory.LaAdmin();
        var save = await admin.SubmitAsync(
            "/admin/email/templates/users.invitation",
            new Dictionary<string, string>
            {
                ["Subject"] = "Your account",
                ["HtmlBody"] = $"<p><a href=\"{{{{ link }}}}\">Create your password</a></p>{bypass}",
                ["TextBody"] = "Create your password: {{ link }}",
            },
            "/admin/email/templates/users.invitation?handler=Save");

        await UsersFactory.InviteAsync(admin, "sam.smith@school.test");
        var link = await factory.LinkSentToAsync("sam.smith@school.test");
        var delivered = Assert.Single(factory.Smtp.Messages);

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        NoScript.Assert(delivered.HtmlBody);
        Assert.Contains($"{link}\">Create your password</a>", delivered.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(link)).StatusCode);
    }
}
