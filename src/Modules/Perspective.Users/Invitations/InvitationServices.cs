using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Users.Invitations;

internal static class InvitationServices
{
    /// <summary>Invitations, activation, the password policy, password reset and the person's own account pages.</summary>
    public static IServiceCollection AddInvitationsAndPasswords(this IServiceCollection services) => services;
}
