using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Data;
using Perspective.Files.Names;

namespace Perspective.Documents.Requests;

/// <summary>One school's answer file as it goes into the zip of answers.</summary>
public sealed record AnswerFile(string EntryName, DocumentVersion Version);

/// <summary>
/// The answer files of a request: for each school that submitted and whose document still exists,
/// its newest version, if the virus scanner has released it. Named
/// <c>&lt;URN&gt; &lt;school name&gt; - &lt;file name&gt;</c>, so the zip sorts and reads by school.
/// </summary>
public sealed class AnswerFiles(TenantDbContext db, IOrganisationDirectory organisations)
{
    public async Task<IReadOnlyList<AnswerFile>> ListAsync(FileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answers = await db.Set<FileRequestRecipient>().AsNoTracking()
            .Where(r => r.FileRequestId == request.Id && r.DocumentId != null)
            .Select(r => new { r.OrganisationId, DocumentId = r.DocumentId!.Value })
            .ToListAsync(cancellationToken);
        var documentIds = answers.Select(a => a.DocumentId).ToList();
        var versions = (await db.Set<DocumentVersion>().AsNoTracking()
                .Where(v => documentIds.Contains(v.DocumentId))
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.DocumentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var schools = await organisations.FindManyAsync(answers.Select(a => a.OrganisationId), cancellationToken);

        var files = new List<AnswerFile>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in answers)
        {
            if (!versions.TryGetValue(answer.DocumentId, out var version) || version.ScanStatus is not (ScanStatus.NotScanned or ScanStatus.Clean))
            {
                continue;
            }

            var school = schools.GetValueOrDefault(answer.OrganisationId);
            var name = SafeFileNames.Shown($"{school?.Urn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? answer.OrganisationId} {school?.Name ?? answer.OrganisationId} - {version.FileName}");
            files.Add(new AnswerFile(Unique(name, names), version));
        }

        return files.OrderBy(f => f.EntryName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Two entries of one name would hide one another when unzipped; number the later ones.</summary>
    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = SafeFileNames.Shown($"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
        }

        return candidate;
    }
}
