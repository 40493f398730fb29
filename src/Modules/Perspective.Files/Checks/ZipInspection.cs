namespace Perspective.Files.Checks;

/// <summary>The outcome of a zip inspection.</summary>
/// <param name="Problem">A message to show beside the upload field, or null when the zip is acceptable.</param>
/// <param name="Entries">How many entries the zip declares.</param>
/// <param name="BytesUnpacked">How many bytes were actually decompressed while checking.</param>
public sealed record ZipInspection(string? Problem, int Entries, long BytesUnpacked)
{
    public bool IsAcceptable => Problem is null;
}
