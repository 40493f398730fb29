using Microsoft.AspNetCore.Authorization;
using Perspective.Core.Security;

namespace Perspective.Documents.Sending;

/// <summary>The send pages' policy: <see cref="DocumentsPermissions.SendDocuments"/> or <see cref="DocumentsPermissions.SendDocumentsToLa"/>.</summary>
public static class SendPolicy
{
    public const string Name = "Perspective.Documents.Send";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new SendRequirement())
        .Build();
}

public sealed class SendRequirement : IAuthorizationRequirement;

/// <summary>Succeeds when one of the user's roles holds either permission that lets them send documents.</summary>
public sealed class SendHandler(IPermissionGrants grants) : AuthorizationHandler<SendRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SendRequirement requirement)
    {
        if (await grants.OfAsync(context.User) is not SenderReach.None)
        {
            context.Succeed(requirement);
        }
    }
}
