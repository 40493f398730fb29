using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Perspective.Audit.Trail;
using Perspective.Core.Audit;
using Perspective.Core.Csv;
using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Audit.Pages;

/// <summary>
/// The events the audit trail screen shows for the same filters, oldest first, as CSV written row
/// by row as it is read, every cell safe to open in a spreadsheet. The export is itself audited.
/// </summary>
[Authorize(Policy = "Permission:ViewAuditTrail")]
public sealed class AuditExportModel(TenantDbContext db, IAuditLog audit, DeclaredEvents declared) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!AuditTrailFilter.IsKnownKind(declared, Kind))
        {
            return BadRequest(AuditTrailFilter.UnknownKind);
        }

        await audit.RecordNowAsync(AuditTrailEvents.Exported, details: $"Filters: {Request.QueryString}", cancellationToken: cancellationToken);

        Response.ContentType = "text/csv; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName("audit-trail.csv");
        Response.Headers.ContentDisposition = disposition.ToString();
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await writer.WriteAsync(CsvCells.Line("Sequence", "When (UTC)", "Action", "Who", "Organisation", "Object type", "Object", "IP address", "Details", "Hash"));
        var events = AuditTrailFilter.Apply(db.AuditEvents.AsNoTracking(), Action, Kind).OrderBy(e => e.Sequence).ThenBy(e => e.Id).AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(CsvCells.Line(
                e.Sequence?.ToString(CultureInfo.InvariantCulture),
                e.OccurredUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                e.Action,
                e.UserName,
                e.OrganisationId,
                e.ObjectType,
                e.ObjectId,
                e.IpAddress,
                e.Details,
                e.Hash));
        }

        await writer.FlushAsync(cancellationToken);
        return new EmptyResult();
    }
}
