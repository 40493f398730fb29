using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Navigation;

namespace Perspective.Web.Pages.Admin;

/// <summary>The administration landing page: every admin entry the user may use. Nobody else may see it.</summary>
public sealed class AdminIndexModel(AdminMenu adminMenu) : PageModel
{
    public IReadOnlyList<MenuItem> MenuItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        MenuItems = await adminMenu.ItemsForAsync(User);
        return MenuItems.Count == 0 ? Forbid() : Page();
    }
}
