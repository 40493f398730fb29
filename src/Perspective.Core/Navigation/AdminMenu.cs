using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Core.Navigation;

/// <summary>Every module's admin-menu entries, collected once at start-up in menu order.</summary>
public sealed class AdminMenuEntries(ModuleCatalog catalog)
{
    public IReadOnlyList<MenuItem> All { get; } = catalog.Contributions
        .SelectMany(contribution =>
        {
            var builder = new MenuBuilder(contribution.ModuleName, contribution.RequiredModules.Skip(1).ToList());
            contribution.Startup.BuildAdminMenu(builder);
            return builder.Items;
        })
        .OrderBy(item => item.Position)
        .ThenBy(item => item.Text, StringComparer.Ordinal)
        .ToList();
}

/// <summary>The admin menu for one user: entries of enabled modules that the user is allowed to see.</summary>
public sealed class AdminMenu(AdminMenuEntries entries, IModuleFeatures features, IAuthorizationService authorization, ITenantContext tenant)
{
    public async Task<IReadOnlyList<MenuItem>> ItemsForAsync(ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        foreach (var item in entries.All.Where(i => features.IsEnabled(i.ModuleName) && (i.AlsoRequires ?? []).All(features.IsEnabled) && (!i.DefaultTenantOnly || tenant.Current.IsDefault)))
        {
            if (item.Permission is null || (await authorization.AuthorizeAsync(user, item.Permission.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
