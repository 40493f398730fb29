namespace Perspective.Core.Tenants;

/// <summary>What a platform administrator gives to create a tenant. One of host names or URL prefix is required.</summary>
public sealed record NewTenant(string Name, string DisplayName, IReadOnlyList<string> HostNames, string? UrlPrefix, string RecipeName, string? AdminEmail);
