using Perspective.Core.Organisations;

namespace Perspective.Organisations.Data;

/// <summary>A school or academy (from GIAS), or a team in the Local Authority.</summary>
public sealed class Organisation
{
    /// <summary><c>school-{URN}</c> for schools, <c>team-{slug}</c> for LA teams.</summary>
    public required string Id { get; init; }

    public required OrganisationKind Kind { get; init; }

    public required string Name { get; set; }

    /// <summary>GIAS Unique Reference Number, six digits; null for LA teams.</summary>
    public int? Urn { get; init; }

    /// <summary>GIAS <c>LA (code)</c>, three digits.</summary>
    public string? LaCode { get; set; }

    /// <summary>GIAS <c>LA (name)</c>.</summary>
    public string? LaName { get; set; }

    /// <summary>GIAS <c>EstablishmentNumber</c>, four digits.</summary>
    public string? EstablishmentNumber { get; set; }

    /// <summary>LA code then establishment number: seven digits, shown <c>LLL/EEEE</c>.</summary>
    public string? DfeNumber { get; set; }

    public string? TypeOfEstablishment { get; set; }

    public string? Phase { get; set; }

    /// <summary>GIAS <c>EstablishmentStatus (name)</c> as given, e.g. "Open, but proposed to close".</summary>
    public string? GiasStatus { get; set; }

    public string? Postcode { get; set; }

    public string? HeadFirstName { get; set; }

    public string? HeadLastName { get; set; }

    /// <summary>Every other GIAS column of the last import, as a JSON object of column name to value.</summary>
    public string? AttributesJson { get; set; }

    /// <summary>Lite or Full for schools; null for LA teams.</summary>
    public SchoolEdition? Edition { get; set; }

    /// <summary>The LA's override of the edition's account limit for this school; null uses the tenant's default.</summary>
    public int? AccountLimitOverride { get; set; }

    /// <summary>When the school closed (GIAS says Closed, or a re-import no longer lists it); null while open.</summary>
    public DateTime? ClosedUtc { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; set; }

    public bool IsOpen => ClosedUtc is null;

    /// <summary>
    /// GIAS says the school is proposed to open: LA staff see it, but nothing is sent to it until a
    /// re-import says it is open. Worked out from <see cref="GiasStatus"/>, the one record of it.
    /// </summary>
    public bool IsProposed => string.Equals(GiasStatus?.Trim(), Import.GiasColumns.ProposedToOpen, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether sends to "every open school" and to groups reach it: open, and not only proposed.</summary>
    public bool ReceivesSends => IsOpen && !IsProposed;
}
