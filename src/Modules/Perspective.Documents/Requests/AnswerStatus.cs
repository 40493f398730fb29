using Perspective.Documents.Data;

namespace Perspective.Documents.Requests;

/// <summary>Where one asked school stands with a request.</summary>
public enum AnswerStatus
{
    NotSubmitted,
    Submitted,

    /// <summary>Not submitted, and the deadline has passed.</summary>
    Overdue,
}

public static class AnswerStatuses
{
    public static AnswerStatus Of(FileRequestRecipient answer, FileRequest request, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(request);
        return answer.SubmittedUtc is not null ? AnswerStatus.Submitted
            : nowUtc > request.DeadlineUtc ? AnswerStatus.Overdue
            : AnswerStatus.NotSubmitted;
    }

    public static string Shown(AnswerStatus status) => status switch
    {
        AnswerStatus.Submitted => "Submitted",
        AnswerStatus.Overdue => "Overdue",
        _ => "Not submitted",
    };

    /// <summary>The GOV.UK tag colour for a status.</summary>
    public static string Colour(AnswerStatus status) => status switch
    {
        AnswerStatus.Submitted => "green",
        AnswerStatus.Overdue => "red",
        _ => "grey",
    };
}
