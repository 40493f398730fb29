using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class SendPageRefusalTests(SendPageFactory factory) : IClassFixture<SendPageFactory>, IAsyncLifetime
{
    private readonly SendPageFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Send_WithNoCategory_IsRefused()
    {
        await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(ToAsh(category: null), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a category", "Select the file again");
    }

    [Fact]
    public async Task Send_InAnArchivedCategory_IsRefused()
    {
        var category = await _factory.CategoryAsync(archived: true);

        var response = await _factory.Officer().SendAsync(ToAsh(category), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a category");
    }

    [Fact]
    public async Task Send_InACategoryTheUserCannotSendIn_IsRefused()
    {
        var category = await _factory.CategoryAsync(senders: BuiltInRoles.VirtualSchoolOfficer);

        var response = await _factory.Officer().SendAsync(ToAsh(category), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a category you can send documents in");
    }

    [Fact]
    public async Task Send_WithNoAudience_IsRefused()
    {
        var fields = ToAsh(await _factory.CategoryAsync());
        fields.Remove("SendTo");

        var response = await _factory.Officer().SendAsync(fields, SendForm.Pdf());

        await AssertRefusedAsync(response, "Select who to send the document to");
    }

    [Theory]
    [InlineData("", "Enter the URN, DfE number or id of a school or team")]
    [InlineData("123456", "There is no school or team with this URN, DfE number or id")]
    [InlineData("999/9999", "There is no school or team with this URN, DfE number or id")]
    [InlineData("Ash", "There is no school or team with this URN, DfE number or id")]
    public async Task Send_ToAnUnknownSchoolReference_IsRefused(string reference, string message)
    {
        var category = await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(ToAsh(category, reference), SendForm.Pdf());

        await AssertRefusedAsync(response, message);
    }

    [Fact]
    public async Task Send_ToAClosedSchool_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        await _factory.AddOrganisationAsync("school-100003", "Cedar School", OrganisationKind.School, urn: 100003, closed: true);

        var response = await _factory.Officer().SendAsync(ToAsh(category, "100003"), SendForm.Pdf());

        await AssertRefusedAsync(response, "Cedar School is closed: select an open school or team");
    }

    [Fact]
    public async Task Send_ToAGroupWithNoOpenSchools_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        await _factory.AddOrganisationAsync("school-100003", "Cedar School", OrganisationKind.School, urn: 100003, closed: true);
        var group = await _factory.GroupAsync("Closed only", "school-100003");

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "group"), ("GroupId", $"{group}")), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a group that has open schools in it");
    }

    [Fact]
    public async Task Send_ToAGroupWithoutChoosingOne_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "group"), ("GroupId", "")), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a group of schools");
    }

    [Fact]
    public async Task Send_ToARoleNotInTheCategory_IsRefused()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);

        var response = await _factory.Officer().SendAsync(With(ToAsh(category), "RecipientRoleName", BuiltInRoles.SchoolStaff), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a role that receives documents in this category");
    }

    [Fact]
    public async Task Send_ToANamedPersonAtAnotherSchool_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        await _factory.PersonAsync("bea", TestOrganisations.Birch.Id, BuiltInRoles.Headteacher);

        var response = await _factory.Officer().SendAsync(With(ToAsh(category), "RecipientEmail", "bea@example.test"), SendForm.Pdf());

        await AssertRefusedAsync(response, "There is no account with this email address at Ash Primary School");
    }

    [Fact]
    public async Task Send_ToANamedPersonWithoutARecipientRole_IsRefused()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);
        await _factory.PersonAsync("stan", TestOrganisations.Ash.Id, BuiltInRoles.SchoolStaff);

        var response = await _factory.Officer().SendAsync(With(ToAsh(category), "RecipientEmail", "stan@example.test"), SendForm.Pdf());

        await AssertRefusedAsync(response, "This person does not have a role that receives documents in this category");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Send_ToANamedPersonWhoseAccountIsNotActive_IsRefused(bool activated, bool deactivated)
    {
        var category = await _factory.CategoryAsync();
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher, active: activated, deactivated: deactivated);

        var response = await _factory.Officer().SendAsync(With(ToAsh(category), "RecipientEmail", "hetty@example.test"), SendForm.Pdf());

        await AssertRefusedAsync(response, "The account with this email address at Ash Primary School is not active");
    }

    [Fact]
    public async Task Send_ToANamedPersonAndARole_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        var fields = With(With(ToAsh(category), "RecipientEmail", "hetty@example.test"), "RecipientRoleName", BuiltInRoles.Headteacher);

        var response = await _factory.Officer().SendAsync(fields, SendForm.Pdf());

        await AssertRefusedAsync(response, "Choose a role or name a person, not both");
    }

    [Fact]
    public async Task Send_ToANamedPersonAtEverySchool_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "every"), ("RecipientEmail", "hetty@example.test")), SendForm.Pdf());

        await AssertRefusedAsync(response, "You can only name a person when you send to one school or team");
    }

    [Theory]
    [InlineData("1", "1", "2020", "Expiry date must be in the future")]
    [InlineData("31", "2", "2030", "Expiry date must be a real date")]
    [InlineData("x", "2", "2030", "Expiry date must be a real date")]
    [InlineData("1", "", "2030", "Expiry date must include a month")]
    [InlineData("", "", "2030", "Expiry date must include a day and month")]
    [InlineData("1", "2", "30", "Year must include 4 numbers")]
    public async Task Send_WithABadExpiryDate_IsRefused(string day, string month, string year, string message)
    {
        var category = await _factory.CategoryAsync();
        var fields = SendForm.Fields(category, ("SendTo", "one"), ("RecipientReference", "100001"), ("Expiry.Day", day), ("Expiry.Month", month), ("Expiry.Year", year));

        var response = await _factory.Officer().SendAsync(fields, SendForm.Pdf());

        await AssertRefusedAsync(response, message, "Select the file again");
    }

    [Fact]
    public async Task Send_WithAMessageOver2000Characters_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(With(ToAsh(category), "Message", new string('m', 2001)), SendForm.Pdf());

        await AssertRefusedAsync(response, "Message must be 2000 characters or fewer");
    }

    [Fact]
    public async Task Send_WithNoFile_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(ToAsh(category), file: null);

        await AssertRefusedAsync(response, "Select a file");
    }

    [Fact]
    public async Task Send_WithAFileOfTheWrongType_IsRefused()
    {
        var category = await _factory.CategoryAsync(extensions: "pdf");

        var response = await _factory.Officer().SendAsync(ToAsh(category), "a,b\n1,2\n"u8.ToArray(), "data.csv");

        await AssertRefusedAsync(response, "The selected file must be a PDF file");
    }

    [Fact]
    public async Task Send_WithAFileOverTheCategoryLimit_IsRefused()
    {
        var category = await _factory.CategoryAsync(maxBytes: 1024);

        var response = await _factory.Officer().SendAsync(ToAsh(category), SendForm.Pdf(new string('x', 2000)));

        await AssertRefusedAsync(response, "The selected file must be smaller than 1 KB");
    }

    [Fact]
    public async Task Send_WithoutTheAntiforgeryToken_Is400_AndStoresNothing()
    {
        var category = await _factory.CategoryAsync();

        var response = await _factory.Officer().SendAsync(ToAsh(category), SendForm.Pdf(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ASchoolUser_ChoosingEverySchool_IsRefused()
    {
        var category = await _factory.CategoryAsync(senders: BuiltInRoles.Headteacher, recipients: BuiltInRoles.LaOfficer);
        var head = _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var response = await head.SendAsync(SendForm.Fields(category, ("SendTo", "every")), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a team at the local authority");
    }

    [Fact]
    public async Task ASchoolUser_ChoosingASchoolAsTheirTeam_IsRefused()
    {
        var category = await _factory.CategoryAsync(senders: BuiltInRoles.Headteacher, recipients: BuiltInRoles.Headteacher);
        var head = _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var response = await head.SendAsync(SendForm.Fields(category, ("TeamId", TestOrganisations.Birch.Id)), SendForm.Pdf());

        await AssertRefusedAsync(response, "Select a team at the local authority");
    }

    [Theory]
    [InlineData(BuiltInRoles.SchoolStaff, "school-100001")]
    [InlineData(BuiltInRoles.LaEditor, "LA")]
    public async Task AUserWithNeitherSendPermission_IsForbidden(string role, string organisationId)
    {
        var client = _factory.ClientForOrganisation("someone", organisationId, role);

        var response = await client.GetAsync(SendForm.Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Dictionary<string, string> ToAsh(int? category, string reference = "100001") =>
        SendForm.Fields(category, ("SendTo", "one"), ("RecipientReference", reference));

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, params string[] messages)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        foreach (var message in messages)
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == "documents.new-document")));
        Assert.DoesNotContain("documents.sent", await _factory.AuditActionsAsync());
        Assert.True(!Directory.Exists(_factory.FilesFolder) || Directory.GetFiles(_factory.FilesFolder).Length == 0);
    }
}
