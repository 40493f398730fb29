using Perspective.Organisations.References;

namespace Perspective.Organisations.Import;

/// <summary>
/// One establishment as GIAS describes it, checked. <see cref="Attributes"/> holds every other
/// column; null when the row came from somewhere that has none (a recipe's inline school), so the
/// school's stored attributes are left alone.
/// </summary>
public sealed record GiasRow(
    int Line,
    int Urn,
    string LaCode,
    string? LaName,
    string EstablishmentNumber,
    string Name,
    string? Type,
    string? Phase,
    string? Status,
    string? Postcode,
    string? HeadFirstName,
    string? HeadLastName,
    IReadOnlyDictionary<string, string>? Attributes)
{
    public string DfeNumber => DfeNumbers.Compose(LaCode, EstablishmentNumber);

    public bool IsClosed => string.Equals(Status, GiasColumns.Closed, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A row the reader could not take, by its line in the file.</summary>
public sealed record GiasRowError(int Line, string Message)
{
    public override string ToString() => $"Line {Line}: {Message}";
}
