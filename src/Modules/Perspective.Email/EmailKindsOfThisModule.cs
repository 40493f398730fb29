using Perspective.Core.Email;

namespace Perspective.Email;

/// <summary>The email kinds this module sends itself.</summary>
public static class EmailKindsOfThisModule
{
    /// <summary>Sent by an LA admin to themself, to check the provider settings and a template's look.</summary>
    public static readonly EmailKind Test = new(
        "email.test",
        "Test message",
        "Sent by an administrator to themself to check that email works.",
        IsSecurity: true,
        DefaultSubject: "Test message from {{ site_name }}",
        DefaultHtmlBody: """
            <p style="margin:0 0 20px 0;">This is a test message from {{ site_name }}'s secure portal.</p>
            <p style="margin:0 0 20px 0;">If you can read this, email from the portal reaches you.</p>
            <p style="margin:0 0 20px 0;"><a href="{{ portal_link }}" style="color:#1d70b8;">Go to the portal</a></p>
            """,
        DefaultTextBody: """
            This is a test message from {{ site_name }}'s secure portal.

            If you can read this, email from the portal reaches you.

            Go to the portal: {{ portal_link }}
            """,
        Variables: []);

    /// <summary>
    /// One message a day gathering the informational emails of someone who chose a digest. It is
    /// itself marked as always sent at once, or it would be held for the next digest.
    /// </summary>
    public static readonly EmailKind Digest = new(
        "email.digest",
        "Daily summary",
        "Sent once a day to people who chose a daily summary instead of one email per alert.",
        IsSecurity: true,
        DefaultSubject: "Your daily summary from {{ site_name }}: {{ count }} new",
        DefaultHtmlBody: """
            <p style="margin:0 0 20px 0;">Since your last summary, {{ site_name }}'s portal has {{ count }} new items for you:</p>
            <p style="margin:0 0 20px 0;white-space:pre-line;">{{ items }}</p>
            <p style="margin:0 0 20px 0;"><a href="{{ portal_link }}" style="color:#1d70b8;">Sign in to the portal to see them</a></p>
            """,
        DefaultTextBody: """
            Since your last summary, {{ site_name }}'s portal has {{ count }} new items for you:

            {{ items }}

            Sign in to the portal to see them: {{ portal_link }}
            """,
        Variables:
        [
            new EmailVariable("count", "How many alerts the summary gathers", "3"),
            new EmailVariable("items", "One line per alert, with its subject", "- New document: Risk category letter\n- News: Term dates"),
        ]);
}
