using Microsoft.Extensions.DependencyInjection;
using Perspective.Users.Account;
using Perspective.Users.Passwords;

namespace Perspective.Users.Invitations;

internal static class InvitationServices
{
    /// <summary>Invitations, activation, the password policy, password reset and the person's own account pages.</summary>
    public static IServiceCollection AddInvitationsAndPasswords(this IServiceCollection services)
    {
        services.AddScoped<AccountTokens>();
        services.AddScoped<PasswordSetter>();
        services.AddScoped<SharedMailboxes>();
        services.AddScoped<InvitableRoles>();
        services.AddScoped<InvitationChecks>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<InvitedAccounts>();
        services.AddScoped<PasswordResets>();
        services.AddSingleton<ForgottenPasswordRequests>();
        services.AddHostedService(provider => provider.GetRequiredService<ForgottenPasswordRequests>());
        services.AddScoped<EmailChanges>();
        return services;
    }
}
