namespace Perspective.Documents.Pages.Requests;

/// <summary>A GOV.UK date input's three fields as typed, posted as <c>Name.Day</c>, <c>Name.Month</c> and <c>Name.Year</c>.</summary>
public sealed class DateAnswer
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }
}

/// <summary>What the date input partial needs: the field's name, its legend and hint, and the answer to show.</summary>
public sealed record DateInputView(string Name, string Legend, string Hint, DateAnswer Answer, string? Error);
