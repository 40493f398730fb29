using Microsoft.AspNetCore.Authorization;

namespace Perspective.Organisations.Authorization;

/// <summary>Seeing one organisation's page: LA staff see every one, a school's users their own.</summary>
public sealed class ViewOrganisationRequirement : IAuthorizationRequirement
{
    public static ViewOrganisationRequirement Instance { get; } = new();
}
