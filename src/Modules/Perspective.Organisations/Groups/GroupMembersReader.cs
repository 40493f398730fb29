using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Groups;

/// <summary>Turns pasted lines of URNs and DfE numbers into schools, reporting each line that names none.</summary>
public sealed class GroupMembersReader(TenantDbContext db)
{
    public async Task<SchoolReferences> SchoolReferencesAsync(CancellationToken cancellationToken)
    {
        var references = new SchoolReferences();
        var schools = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.School && o.Urn != null)
            .Select(o => new { o.Id, o.Urn, o.DfeNumber, o.ClosedUtc, o.CreatedUtc })
            .ToListAsync(cancellationToken);
        foreach (var school in schools)
        {
            references.Add(school.Id, school.Urn!.Value, school.DfeNumber, school.ClosedUtc is null, school.CreatedUtc);
        }

        return references;
    }

    public async Task<GroupMembersResult> ReadAsync(string? text, CancellationToken cancellationToken) =>
        Read(text, await SchoolReferencesAsync(cancellationToken));

    /// <summary>Blank lines are skipped and a school named twice counts once.</summary>
    public static GroupMembersResult Read(string? text, SchoolReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var ids = new List<string>();
        var unknown = new List<(int Line, string Text)>();
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (references.Resolve(line) is { } id)
            {
                if (!ids.Contains(id, StringComparer.Ordinal))
                {
                    ids.Add(id);
                }
            }
            else
            {
                unknown.Add((i + 1, line));
            }
        }

        return new GroupMembersResult(ids, unknown);
    }
}

/// <summary>The schools the lines name, and the lines (1-based) that name none.</summary>
public sealed record GroupMembersResult(IReadOnlyList<string> OrganisationIds, IReadOnlyList<(int Line, string Text)> Unknown)
{
    private const int Listed = 20;

    /// <summary>The error for the unknown lines, listing the first few by line number.</summary>
    public string? ErrorMessage()
    {
        if (Unknown.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", Unknown.Take(Listed).Select(u => $"line {u.Line} ({Shorten(u.Text)})"));
        var more = Unknown.Count > Listed ? $" and {Unknown.Count - Listed} more" : "";
        return $"{(Unknown.Count == 1 ? "This line does" : "These lines do")} not match a school's URN or DfE number: {listed}{more}";
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
