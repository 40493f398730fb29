using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Pages.Tenants.Create;

/// <summary>
/// The answers of the create-a-tenant journey, kept in TempData between the form and the check
/// answers page (an encrypted, HttpOnly cookie) until the tenant is created. Peeked, never read,
/// so going back to change an answer keeps them.
/// </summary>
public sealed record NewTenantAnswers(string Name, string LocalAuthorityName, string? HostName, string? UrlPrefix, string Recipe, string? AdminEmail)
{
    private const string Key = "Perspective.Tenants.NewTenant";

    public static NewTenantAnswers? Peek(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is string json ? JsonSerializer.Deserialize<NewTenantAnswers>(json) : null;

    public void Keep(ITempDataDictionary tempData) => tempData[Key] = JsonSerializer.Serialize(this);

    public static void Forget(ITempDataDictionary tempData) => tempData.Remove(Key);

    public NewTenant ToRequest() =>
        new(Name, LocalAuthorityName, HostName is null ? [] : [HostName], UrlPrefix, Recipe, AdminEmail);

    /// <summary>The page field that answers a <see cref="NewTenant"/> property, as the manager names it in a problem.</summary>
    public static string FieldFor(string newTenantProperty) => newTenantProperty switch
    {
        nameof(NewTenant.DisplayName) => nameof(LocalAuthorityName),
        nameof(NewTenant.HostNames) => nameof(HostName),
        nameof(NewTenant.RecipeName) => nameof(Recipe),
        _ => newTenantProperty,
    };
}
