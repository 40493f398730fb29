namespace Perspective.Web.Setup;

/// <summary>What first-run setup needs, from the setup screen, the <c>setup</c> verb or auto-setup configuration.</summary>
public sealed record SetupRequest(string SiteName, string RecipeName, string AdminName, string AdminEmail, string AdminPassword);
