using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Perspective.Users.Invitations;

/// <summary>
/// The answers of the invite journey, kept in TempData (an encrypted, HttpOnly cookie) between the
/// form and check your answers. Peeked, never read, so going back to change an answer keeps them.
/// </summary>
public sealed record InvitationAnswers(string OrganisationId, string FullName, string Email, string Role)
{
    private const string Key = "Perspective.Users.Invitation";

    public static InvitationAnswers? Peek(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is string json ? JsonSerializer.Deserialize<InvitationAnswers>(json) : null;

    public void Keep(ITempDataDictionary tempData) => tempData[Key] = JsonSerializer.Serialize(this);

    public static void Forget(ITempDataDictionary tempData) => tempData.Remove(Key);
}

/// <summary>A reason an invitation cannot be sent, for the field it is about ("" for the whole form).</summary>
public sealed record InvitationProblem(string Field, string Message);
