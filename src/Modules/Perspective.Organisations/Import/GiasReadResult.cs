namespace Perspective.Organisations.Import;

/// <summary>
/// What a GIAS file holds: the good rows and the rows in error. When the file itself cannot be
/// used (a required column is missing, it is not CSV), <see cref="FileError"/> says why and there
/// are no rows at all.
/// </summary>
public sealed record GiasReadResult(string? FileError, IReadOnlyList<GiasRow> Rows, IReadOnlyList<GiasRowError> Errors)
{
    public static GiasReadResult Refused(string message) => new(message, [], []);
}
