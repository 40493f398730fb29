using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Perspective.Users.Administration;

/// <summary>What may be done to a user account; one operation, as every admin action needs the same right.</summary>
public static class UserAccountOperations
{
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "ManageAccount" };
}
