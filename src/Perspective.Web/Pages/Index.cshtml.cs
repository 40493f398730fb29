using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Navigation;
using Perspective.Core.Sites;

namespace Perspective.Web.Pages;

public sealed class IndexModel(AdminMenu adminMenu, ISite site) : PageModel
{
    public string SiteName => site.Name;

    public IReadOnlyList<MenuItem> MenuItems { get; private set; } = [];

    public async Task OnGetAsync() => MenuItems = await adminMenu.ItemsForAsync(User);
}
