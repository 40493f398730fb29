using Perspective.Core.Email;

namespace Perspective.Users;

/// <summary>The emails this module sends.</summary>
internal static class UsersEmailKinds
{
    public static IReadOnlyList<EmailKind> All { get; } = [];
}
