using Perspective.Core.Security;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Perspective.Core.Audit;
using Perspective.Core.Csv;
using Perspective.Core.Organisations;
using Perspective.Users.Administration;

namespace Perspective.Users.Pages.Admin.Users;

/// <summary>
/// The filtered user list as CSV, written row by row as it is read (never built whole in memory),
/// with every cell safe to open in a spreadsheet.
/// </summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class UserExportModel(UserAccounts accounts, UserListQuery listQuery, IOrganisationDirectory directory, IAssignableRoles roles, IAuditLog audit) : PageModel
{
    /// <summary>Rows read per round trip for roles; organisations are looked up once for the whole file.</summary>
    private const int Batch = 500;

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? LastSignIn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var roleNames = (await roles.ListAsync(cancellationToken)).Select(r => r.Name).ToList();
        var filter = await UserFilter.ParseAsync(new UserFilterText(Organisation, Role, Status, LastSignIn), ModelState, directory, roleNames, cancellationToken);
        if (filter is null)
        {
            // The list shows what is wrong with the filters.
            return Redirect(Url.Content(UserPaths.List) + Request.QueryString);
        }

        var query = listQuery.Apply(await accounts.VisibleAsync(User, cancellationToken), filter).OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id);
        var organisationIds = await query.Select(u => u.OrganisationId).Where(o => o != null).Distinct().ToListAsync(cancellationToken);
        var organisations = await directory.FindManyAsync(organisationIds.OfType<string>(), cancellationToken);
        await audit.RecordNowAsync(UsersEvents.Exported, details: $"Filters: {Request.QueryString}", cancellationToken: cancellationToken);

        Response.ContentType = "text/csv; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName("users.csv");
        Response.Headers.ContentDisposition = disposition.ToString();
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await writer.WriteAsync(CsvCells.Line("Name", "Email", "Organisation", "Roles", "Status", "Last signed in (UTC)"));
        var page = new List<Core.Accounts.PerspectiveUser>(Batch);
        await foreach (var user in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            page.Add(user);
            if (page.Count == Batch)
            {
                await WriteAsync(writer, page, organisations, cancellationToken);
            }
        }

        await WriteAsync(writer, page, organisations, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return new EmptyResult();
    }

    private async Task WriteAsync(StreamWriter writer, List<Core.Accounts.PerspectiveUser> page, IReadOnlyDictionary<string, OrganisationInfo> organisations, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return;
        }

        var rolesOf = await accounts.RolesOfAsync(page.Select(u => u.Id).ToList(), cancellationToken);
        foreach (var user in page)
        {
            var row = UserRow.Of(user, organisations, rolesOf);
            await writer.WriteAsync(CsvCells.Line(
                row.Name,
                row.Email,
                row.Organisation,
                string.Join("; ", row.Roles),
                row.Status.ToString(),
                row.LastSignInUtc?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "Never"));
        }

        page.Clear();
    }
}
