using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Email;
using Perspective.Email.Templates;

namespace Perspective.Email.Pages.Templates;

/// <summary>Every kind of email the portal sends, whether the tenant has its own wording, each linking to its edit page.</summary>
[Authorize(Policy = "Permission:ManageEmail")]
public sealed class EmailTemplatesModel(EmailKindCatalog kinds, EmailTemplateStore store) : PageModel
{
    public IReadOnlyList<EmailKind> Kinds { get; private set; } = [];

    public IReadOnlySet<string> Customised { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kinds = kinds.All
            .OrderBy(k => k.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .ToList();
        Customised = await store.CustomisedKindsAsync(cancellationToken);
    }

    public string EditPath(EmailKind kind) => Url.Content($"~/admin/email/templates/{Uri.EscapeDataString(kind.Name)}");
}
