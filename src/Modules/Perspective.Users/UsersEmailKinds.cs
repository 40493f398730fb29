using Perspective.Core.Email;

namespace Perspective.Users;

/// <summary>
/// The emails this module sends. Every one is about the security of an account, so each is sent at
/// once, never held for a digest. They carry links, never passwords.
/// </summary>
internal static class UsersEmailKinds
{
    public const string Invitation = "users.invitation";
    public const string PasswordReset = "users.password-reset";
    public const string EmailChangeConfirm = "users.email-change-confirm";
    public const string EmailChangeNotice = "users.email-change-notice";
    public const string PasswordChanged = "users.password-changed";

    private static readonly EmailVariable Name = new("name", "The person's full name", "Hetty Head");

    private static readonly EmailVariable Link = new("link", "The single-use link", "https://portal.northshire.gov.uk/activate/Yd3sQ0p8s0nP7hC1lq2k9w");

    public static IReadOnlyList<EmailKind> All { get; } =
    [
        new(
            Invitation,
            "Invitation",
            "Sent when an administrator or headteacher invites someone to have an account.",
            IsSecurity: true,
            DefaultSubject: "You have been invited to {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">{{ inviter }} has invited you to have an account on {{ site_name }}'s secure portal for {{ organisation }}.</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Create your password to start using the portal</a></p>
                <p style="margin:0 0 20px 0;">The link works once and expires on {{ expires }}. If it has expired, ask {{ inviter }} to send a new one.</p>
                <p style="margin:0 0 20px 0;">If you were not expecting this email, you can ignore it.</p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                {{ inviter }} has invited you to have an account on {{ site_name }}'s secure portal for {{ organisation }}.

                Create your password to start using the portal: {{ link }}

                The link works once and expires on {{ expires }}. If it has expired, ask {{ inviter }} to send a new one.

                If you were not expecting this email, you can ignore it.
                """,
            Variables:
            [
                Name,
                Link,
                new("organisation", "The school or team the account is for", "Northshire Primary School"),
                new("inviter", "The name of the person who sent the invitation", "Ann Admin"),
                new("expires", "The date the link expires", "7 December 2026"),
            ]),
        new(
            PasswordReset,
            "Password reset",
            "Sent when someone asks to reset a forgotten password.",
            IsSecurity: true,
            DefaultSubject: "Reset your password for {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">Someone asked to reset the password of your account on {{ site_name }}'s secure portal.</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Choose a new password</a></p>
                <p style="margin:0 0 20px 0;">The link works once and expires in 1 hour.</p>
                <p style="margin:0 0 20px 0;">If you did not ask for this, you can ignore this email: your password has not changed.</p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                Someone asked to reset the password of your account on {{ site_name }}'s secure portal.

                Choose a new password: {{ link }}

                The link works once and expires in 1 hour.

                If you did not ask for this, you can ignore this email: your password has not changed.
                """,
            Variables: [Name, Link]),
        new(
            EmailChangeConfirm,
            "Confirm a new email address",
            "Sent to a new email address to confirm it before it replaces the old one.",
            IsSecurity: true,
            DefaultSubject: "Confirm your new email address for {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">You asked to use {{ new_email }} for your account on {{ site_name }}'s secure portal.</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Confirm your new email address</a></p>
                <p style="margin:0 0 20px 0;">The link works once and expires in 24 hours. Until you confirm it, your account keeps its old email address.</p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                You asked to use {{ new_email }} for your account on {{ site_name }}'s secure portal.

                Confirm your new email address: {{ link }}

                The link works once and expires in 24 hours. Until you confirm it, your account keeps its old email address.
                """,
            Variables: [Name, Link, new("new_email", "The new email address", "hetty.head@school.example")]),
        new(
            EmailChangeNotice,
            "Email address change asked for",
            "Sent to the old email address when someone asks to change an account's email address.",
            IsSecurity: true,
            DefaultSubject: "A change of email address was asked for on {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">Someone asked to change the email address of your account on {{ site_name }}'s secure portal to {{ new_email }}.</p>
                <p style="margin:0 0 20px 0;">The change only happens if the link sent to the new address is followed.</p>
                <p style="margin:0 0 20px 0;">If this was not you, <a href="{{ portal_link }}" style="color:#1d70b8;">sign in to the portal</a> and change your password, and tell your administrator.</p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                Someone asked to change the email address of your account on {{ site_name }}'s secure portal to {{ new_email }}.

                The change only happens if the link sent to the new address is followed.

                If this was not you, sign in to the portal and change your password, and tell your administrator: {{ portal_link }}
                """,
            Variables: [Name, new("new_email", "The new email address asked for", "hetty.head@school.example")]),
        new(
            PasswordChanged,
            "Password changed",
            "Sent when someone changes their password.",
            IsSecurity: true,
            DefaultSubject: "Your password for {{ site_name }}'s secure portal has changed",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">The password of your account on {{ site_name }}'s secure portal has just been changed, and your other sessions have been signed out.</p>
                <p style="margin:0 0 20px 0;">If this was not you, <a href="{{ portal_link }}" style="color:#1d70b8;">reset your password</a> at once and tell your administrator.</p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                The password of your account on {{ site_name }}'s secure portal has just been changed, and your other sessions have been signed out.

                If this was not you, reset your password at once and tell your administrator: {{ portal_link }}
                """,
            Variables: [Name]),
    ];
}
