using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Navigation;
using Perspective.Core.Sites;

namespace Perspective.Web.Pages;

/// <summary>The signed-in home page: the menu entries the user may open, their work first, then administration.</summary>
public sealed class IndexModel(AdminMenu adminMenu, ISite site) : PageModel
{
    public string SiteName => site.Name;

    /// <summary>Entries outside <c>/admin</c>, such as Documents.</summary>
    public IReadOnlyList<MenuItem> WorkItems { get; private set; } = [];

    public IReadOnlyList<MenuItem> AdminItems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var items = await adminMenu.ItemsForAsync(User);
        WorkItems = [.. items.Where(i => !IsAdministration(i))];
        AdminItems = [.. items.Where(IsAdministration)];
    }

    private static bool IsAdministration(MenuItem item) => item.Path.StartsWith("/admin", StringComparison.Ordinal);
}
