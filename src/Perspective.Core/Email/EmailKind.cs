namespace Perspective.Core.Email;

/// <summary>
/// A kind of email a module sends (an invitation, a new-document alert), with its default wording
/// in Liquid and the variables its templates may use. LA admins may change the wording per tenant.
/// </summary>
/// <param name="Name">A stable dotted name, e.g. <c>users.invitation</c>.</param>
/// <param name="IsSecurity">Security messages (invitations, resets, sign-in alerts) are always sent at once, never in a digest.</param>
public sealed record EmailKind(
    string Name,
    string DisplayName,
    string Description,
    bool IsSecurity,
    string DefaultSubject,
    string DefaultHtmlBody,
    string DefaultTextBody,
    IReadOnlyList<EmailVariable> Variables);

/// <summary>A value a template may use, such as <c>link</c>, with a sample for previews.</summary>
public sealed record EmailVariable(string Name, string Description, string Sample);
