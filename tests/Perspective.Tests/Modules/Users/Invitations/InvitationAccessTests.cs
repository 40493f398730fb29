using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Organisations;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Invitations;

public sealed class InvitationAccessTests : IDisposable
{
    private const string LiteSchoolId = "school-100003";

    private readonly UsersFactory _factory = new();

    [Fact]
    public async Task Headteacher_InvitesToTheirOwnSchool_WhateverTheFormSays()
    {
        await _factory.StartAsync();
        var head = _factory.ClientForOrganisation("Hetty Head", UsersFactory.SchoolId, "Headteacher");

        var form = await head.GetStringAsync("/admin/users/invite");
        var sent = await UsersFactory.InviteAsync(head, "sam.smith@school.test", organisation: UsersFactory.OtherSchoolId);

        Assert.DoesNotContain("name=\"Organisation\"", form, StringComparison.Ordinal);
        Assert.Contains("Northshire Primary School", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Headteacher\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(UsersFactory.SchoolId, (await _factory.UserAsync("sam.smith@school.test"))!.OrganisationId);
    }

    [Fact]
    public async Task Headteacher_CannotInviteAHeadteacher()
    {
        await _factory.StartAsync();
        var head = _factory.ClientForOrganisation("Hetty Head", UsersFactory.SchoolId, "Headteacher");

        var response = await UsersFactory.InviteAsync(head, "sam.smith@school.test", role: "Headteacher", organisation: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select a role for Northshire Primary School", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _factory.UserAsync("sam.smith@school.test"));
    }

    [Fact]
    public async Task Headteacher_GetsA404_ForAnotherSchoolsInvitation()
    {
        await _factory.StartAsync();
        await UsersFactory.InviteAsync(_factory.LaAdmin(), "other.person@southgate.test", organisation: UsersFactory.OtherSchoolId);
        var other = await _factory.UserAsync("other.person@southgate.test");
        var head = _factory.ClientForOrganisation("Hetty Head", UsersFactory.SchoolId, "Headteacher");

        var page = await head.GetAsync($"/admin/users/{other!.Id}/invitation");
        var cancel = await head.GetAsync($"/admin/users/{other.Id}/invitation/cancel");
        var resend = await head.PostAsync($"/admin/users/{other.Id}/invitation?handler=Resend",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await head.AntiforgeryTokenAsync("/admin/users/invite") }));
        var unknown = await head.GetAsync("/admin/users/no-such-user/invitation");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull(await _factory.UserAsync("other.person@southgate.test"));
    }

    [Fact]
    public async Task Headteacher_ManagesTheirOwnSchoolsInvitation()
    {
        await _factory.StartAsync();
        var head = _factory.ClientForOrganisation("Hetty Head", UsersFactory.SchoolId, "Headteacher");
        await UsersFactory.InviteAsync(head, "sam.smith@school.test", organisation: null);
        var user = await _factory.UserAsync("sam.smith@school.test");

        var page = await head.GetAsync($"/admin/users/{user!.Id}/invitation");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task LiteSchool_AtItsAccountLimit_RefusesAThirdInvitation_UntilAnAccountIsDeactivated()
    {
        await _factory.StartAsync();
        await _factory.AddOrganisationAsync(LiteSchoolId, "Little Lane Primary", OrganisationKind.School, 100003, "1234569", SchoolEdition.Lite);
        var admin = _factory.LaAdmin();
        await UsersFactory.InviteAsync(admin, "first.person@littlelane.test", organisation: LiteSchoolId);
        await UsersFactory.InviteAsync(admin, "second.person@littlelane.test", organisation: LiteSchoolId);

        var third = await UsersFactory.InviteAsync(admin, "third.person@littlelane.test", organisation: LiteSchoolId);
        var refusal = await third.Content.ReadAsStringAsync();
        var countAfterRefusal = await CountAsync(LiteSchoolId);

        await _factory.QueryAsync(db => db.Users.Where(u => u.Email == "first.person@littlelane.test")
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.DeactivatedUtc, DateTime.UtcNow)));
        var afterDeactivation = await UsersFactory.InviteAsync(admin, "third.person@littlelane.test", organisation: LiteSchoolId);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Contains("Little Lane Primary has 2 of 2 accounts", refusal, StringComparison.Ordinal);
        Assert.Contains("deactivate an account that is no longer needed", refusal, StringComparison.Ordinal);
        Assert.Equal(2, countAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, afterDeactivation.StatusCode);
        Assert.Equal(3, await CountAsync(LiteSchoolId));
    }

    [Fact]
    public async Task FullSchool_HasNoAccountLimit()
    {
        await _factory.StartAsync();
        var admin = _factory.LaAdmin();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await UsersFactory.InviteAsync(admin, $"person{i}@school.test")).StatusCode);
        }

        Assert.Equal(3, await CountAsync(UsersFactory.SchoolId));
    }

    private Task<int> CountAsync(string organisationId) =>
        _factory.QueryAsync(db => db.Users.CountAsync(u => u.OrganisationId == organisationId));

    public void Dispose() => _factory.Dispose();
}
