using Perspective.Core.Security;

namespace Perspective.Email;

public static class EmailPermissions
{
    /// <summary>Edit email wording, choose and configure the provider, look after the outbox.</summary>
    public static readonly Permission ManageEmail = new("ManageEmail", "Manage email templates, settings and the outbox");
}
