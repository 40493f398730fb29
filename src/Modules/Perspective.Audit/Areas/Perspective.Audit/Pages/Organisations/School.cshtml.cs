using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Security;

namespace Perspective.Audit.Pages.Organisations;

/// <summary>The menu's way in: the signed-in user's own school's audit trail.</summary>
[Authorize(Policy = "Permission:ViewSchoolAuditTrail")]
public sealed class SchoolAuditTrailModel : PageModel
{
    public IActionResult OnGet() => User.OrganisationId() is { } organisationId
        ? RedirectToPage("Index", new { organisationId })
        : NotFound();
}
