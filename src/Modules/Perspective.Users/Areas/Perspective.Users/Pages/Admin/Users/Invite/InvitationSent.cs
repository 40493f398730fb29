namespace Perspective.Users.Pages.Admin.Users.Invite;

/// <summary>What the confirmation page shows, carried in TempData from check your answers: the new account's id and address.</summary>
public sealed record InvitationSent(string UserId, string Email)
{
    public const string Key = "Perspective.Users.InvitationSent";

    public override string ToString() => UserId + "\n" + Email;

    public static InvitationSent? Parse(string? value) =>
        value?.Split('\n', 2) is [var id, var email] ? new InvitationSent(id, email) : null;
}
