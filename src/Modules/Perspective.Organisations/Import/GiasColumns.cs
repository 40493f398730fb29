namespace Perspective.Organisations.Import;

/// <summary>The GIAS establishment extract's column names that the portal keeps in columns of its own.</summary>
public static class GiasColumns
{
    public const string Urn = "URN";
    public const string LaCode = "LA (code)";
    public const string LaName = "LA (name)";
    public const string EstablishmentNumber = "EstablishmentNumber";
    public const string Name = "EstablishmentName";
    public const string Type = "TypeOfEstablishment (name)";
    public const string Phase = "PhaseOfEducation (name)";
    public const string Status = "EstablishmentStatus (name)";
    public const string Postcode = "Postcode";
    public const string HeadFirstName = "HeadFirstName";
    public const string HeadLastName = "HeadLastName";

    /// <summary>Every one must be in the file; any other column is kept as an attribute.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Urn, LaCode, LaName, EstablishmentNumber, Name, Type, Phase, Status, Postcode, HeadFirstName, HeadLastName];

    /// <summary>GIAS's word for a school that has closed.</summary>
    public const string Closed = "Closed";

    /// <summary>GIAS's words for a school that is planned but not open yet.</summary>
    public const string ProposedToOpen = "Proposed to open";
}
