using System.Globalization;
using System.Text;

namespace Perspective.Organisations.References;

/// <summary>How organisations' ids are made: <c>school-{URN}</c> and <c>team-{slug}</c>.</summary>
public static class OrganisationIds
{
    public const string SchoolPrefix = "school-";
    public const string TeamPrefix = "team-";

    /// <summary>The column's length, which a team's id must fit.</summary>
    public const int MaxLength = 64;

    public static string School(int urn) => SchoolPrefix + urn.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>team-</c> and the name in lower case, runs of anything but letters and digits as one hyphen; null when nothing is left.</summary>
    public static string? Team(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                // Apostrophes join words ("Children's" is "childrens"); anything else separates them.
                if (c is not ('\'' or '\u2019'))
                {
                    slug.Append('-');
                }
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length == 0)
        {
            return null;
        }

        text = text.Length > MaxLength - TeamPrefix.Length ? text[..(MaxLength - TeamPrefix.Length)].TrimEnd('-') : text;
        return TeamPrefix + text;
    }

    /// <summary>Whether an id has the form of a team's id, as <see cref="Team"/> makes them.</summary>
    public static bool IsWellFormedTeamId(string id) =>
        id.Length <= MaxLength && id.StartsWith(TeamPrefix, StringComparison.Ordinal) && id.Length > TeamPrefix.Length
        && id[TeamPrefix.Length..].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c == '-')
        && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal) && id[TeamPrefix.Length] != '-';
}
