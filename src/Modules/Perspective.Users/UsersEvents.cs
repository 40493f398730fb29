using Perspective.Core.Events;

namespace Perspective.Users;

/// <summary>The events the users module publishes, each audited.</summary>
public static class UsersEvents
{
    public static readonly AuditKind Invited = new("users.invited", "An administrator invited someone to the portal");

    public static readonly AuditKind InvitationResent = new("users.invitation-resent", "An invitation was sent again");

    public static readonly AuditKind InvitationCancelled = new("users.invitation-cancelled", "An invitation was cancelled");

    public static readonly AuditKind Exported = new("users.exported", "An administrator downloaded the list of users");

    public static readonly AuditKind Reactivated = new("users.reactivated", "An administrator reactivated an account");

    public static readonly AuditKind Unlocked = new("users.unlocked", "An administrator unlocked a locked account");

    public static readonly AuditKind SessionsEnded = new("users.sessions-ended", "An administrator signed a user out everywhere");

    public static readonly AuditKind RolesChanged = new("users.roles-changed", "An administrator changed a user's roles");

    public static readonly AuditKind Deactivated = new("users.deactivated", "An administrator deactivated an account");

    public static readonly AuditKind TwoFactorPolicyChanged = new("users.two-factor.policy-changed", "An administrator changed who must use two-factor authentication");

    public static readonly AuditKind TwoFactorResetByAdmin = new("users.two-factor.reset-by-admin", "An administrator reset a user's two-factor authentication");

    public static readonly AuditKind Activated = new("users.activated", "Someone activated their account from an invitation");

    public static readonly AuditKind SignInFailed = new("users.sign-in.failed", "A sign-in failed");

    public static readonly AuditKind SignInLockedOut = new("users.sign-in.locked-out", "A sign-in was refused because the account is locked");

    public static readonly AuditKind SignInPasswordAccepted = new("users.sign-in.password-accepted", "A password was accepted and the second step was asked for");

    public static readonly AuditKind SignInSucceeded = new("users.sign-in.succeeded", "Someone signed in");

    public static readonly AuditKind SignInTwoFactorFailed = new("users.sign-in.two-factor-failed", "A wrong authenticator code was given at sign-in");

    public static readonly AuditKind SignInRecoveryCodeFailed = new("users.sign-in.recovery-code-failed", "A wrong recovery code was given at sign-in");

    public static readonly AuditKind SignInRecoveryCodeUsed = new("users.sign-in.recovery-code-used", "Someone signed in with a recovery code");

    public static readonly AuditKind TwoFactorEnabled = new("users.two-factor.enabled", "Someone turned on two-factor authentication");

    public static readonly AuditKind TwoFactorReplaced = new("users.two-factor.replaced", "Someone replaced their authenticator app");

    public static readonly AuditKind TwoFactorDisabled = new("users.two-factor.disabled", "Someone turned off two-factor authentication");

    public static readonly AuditKind TwoFactorRecoveryCodesReplaced = new("users.two-factor.recovery-codes-replaced", "Someone made new recovery codes");

    public static readonly AuditKind TwoFactorPasswordFailed = new("users.two-factor.password-failed", "A wrong password was given to confirm a two-factor change");

    public static readonly AuditKind SessionsOthersEnded = new("users.sessions.others-ended", "Someone signed themselves out of their other sessions");

    public static readonly AuditKind NameChanged = new("users.name-changed", "Someone changed their name");

    public static readonly AuditKind PasswordChanged = new("users.password-changed", "Someone changed their password");

    public static readonly AuditKind EmailAlertsChanged = new("users.email-alerts.changed", "Someone changed their email alerts");

    public static readonly AuditKind Created = new("users.created", "An account was created");

    public static readonly AuditKind LockedOut = new("users.locked-out", "An account was locked after too many wrong answers");

    public static readonly AuditKind SignOut = new("users.sign-out", "Someone signed out");

    public static readonly AuditKind PasswordResetNotSent = new("users.password-reset-not-sent", "A password reset was asked for but not sent");

    public static readonly AuditKind PasswordResetRequested = new("users.password-reset-requested", "A password reset link was sent");

    public static readonly AuditKind PasswordReset = new("users.password-reset", "Someone reset their password");

    public static readonly AuditKind EmailChangeRequested = new("users.email-change-requested", "Someone asked to change their email address");

    public static readonly AuditKind EmailChanged = new("users.email-changed", "Someone confirmed a new email address");

    public static readonly AuditKind AccessRefused = new("users.access-refused", "Someone was refused an account that is not theirs to manage");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(UsersEvents));
}
