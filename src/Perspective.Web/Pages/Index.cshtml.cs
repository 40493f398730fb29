using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Perspective.Core.Navigation;
using Perspective.Core.Sites;

namespace Perspective.Web.Pages;

public sealed class IndexModel(AdminMenu adminMenu, IOptions<SiteOptions> site) : PageModel
{
    public string SiteName => site.Value.Name;

    public IReadOnlyList<MenuItem> MenuItems { get; private set; } = [];

    public async Task OnGetAsync() => MenuItems = await adminMenu.ItemsForAsync(User);
}
