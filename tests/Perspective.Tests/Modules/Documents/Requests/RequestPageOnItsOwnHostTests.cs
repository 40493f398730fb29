namespace Perspective.Tests.Modules.Documents.Requests;

/// <summary>
/// A request's page after its deadline. On a host of its own: the test moves the host's clock
/// 60 days on, past the deadline every other test's request asks for, which would make a shared
/// host refuse their new requests.
/// </summary>
public sealed class RequestPageOnItsOwnHostTests : IDisposable
{
    private readonly RequestsFactory _factory = new();

    [Fact]
    public async Task AfterTheDeadline_SchoolsThatHaveNotSubmittedAreOverdue_AndTheFilterShowsThem()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("on time"));
        var officer = _factory.Officer();
        var before = await officer.GetStringAsync($"/documents/requests/{id}");

        _factory.Clock.Advance(TimeSpan.FromDays(60));
        var after = await officer.GetStringAsync($"/documents/requests/{id}");
        var overdueOnly = await officer.GetStringAsync($"/documents/requests/{id}?Show=Overdue");
        var submittedOnly = await officer.GetStringAsync($"/documents/requests/{id}?Show=Submitted");

        Assert.Contains("1 not submitted, 0 overdue", before, StringComparison.Ordinal);
        Assert.Contains("0 not submitted, 1 overdue", after, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"answer-{RequestsFactory.Birch}\"", overdueOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"answer-{RequestsFactory.Ash}\"", overdueOnly, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"answer-{RequestsFactory.Ash}\"", submittedOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"answer-{RequestsFactory.Birch}\"", submittedOnly, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
