using Perspective.Organisations.References;

namespace Perspective.Organisations.Import;

/// <summary>The id a school from GIAS gets.</summary>
public static class SchoolIds
{
    public static string For(GiasRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return OrganisationIds.School(row.Urn);
    }
}
