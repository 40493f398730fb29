using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending.Pages;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending;

/// <summary>A school's user reaches the LA only, whatever a request asks for: the rule is in the sender, not just the form.</summary>
public sealed class SchoolSenderTests(SendPageFactory factory) : IClassFixture<SendPageFactory>, IAsyncLifetime
{
    private readonly SendPageFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(SendAudience.EveryOpenSchool, null)]
    [InlineData(SendAudience.OneOrganisation, "school-100002")]
    public async Task Sending_ByAHeadteacherToSchools_IsRefused(SendAudience audience, string? organisationId)
    {
        var category = await _factory.CategoryAsync(senders: BuiltInRoles.Headteacher, recipients: BuiltInRoles.Headteacher);
        var head = DocumentsFactory.Principal("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var result = await SendAsync(new SendRequest(head, organisationId, null, category, new MemoryStream(SendForm.Pdf()), "letter.pdf", null) { Audience = audience });

        Assert.Equal([new SendProblem(SendFields.Recipient, "Select a team at the local authority")], result.Problems);
    }

    [Fact]
    public async Task Sending_ByAnOfficerWithAnExpiryInThePast_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        var officer = DocumentsFactory.Officer();
        var request = new SendRequest(officer, TestOrganisations.Ash.Id, null, category, new MemoryStream(SendForm.Pdf()), "letter.pdf", null)
        {
            ExpiresUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };

        var result = await SendAsync(request);

        Assert.Equal([new SendProblem(SendFields.Expiry, "Expiry date must be in the future")], result.Problems);
    }

    private async Task<SendResult> SendAsync(SendRequest request)
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<DocumentSender>().SendAsync(request);
    }
}
