using Perspective.Core.Email;

namespace Perspective.Documents.Notifications;

/// <summary>
/// The emails this module sends. Each carries a link into the portal and nothing else about the
/// document: no attachment, no file name, no contents, since a file name can name a child.
/// </summary>
internal static class DocumentsEmailKinds
{
    public const string NewDocument = "documents.new-document";
    public const string Reminder = "documents.reminder";
    public const string FileRequested = "documents.file-requested";

    private static readonly IReadOnlyList<EmailVariable> Variables =
    [
        new("name", "The recipient's full name", "Hetty Head"),
        new("sender", "The school or team that sent it", "School Improvement Team"),
        new("category", "The kind of document", "Risk category letters"),
        new("link", "The link to open it in the portal (after signing in)", "https://portal.northshire.gov.uk/documents/3f2a1c9e-1b7e-4c55-9d59-5b1e0c7f0a11"),
    ];

    public static IReadOnlyList<EmailKind> All { get; } =
    [
        new(
            NewDocument,
            "New document",
            "Sent to the people a document is for when it is sent to them.",
            IsSecurity: false,
            DefaultSubject: "You have a new document on {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">{{ sender }} has sent you a document ({{ category }}).</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Sign in to the portal to open it</a></p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                {{ sender }} has sent you a document ({{ category }}).

                Sign in to the portal to open it: {{ link }}
                """,
            Variables: Variables),
        new(
            Reminder,
            "Reminder to open a document",
            "Sent when the sender chases recipients who have not opened a document.",
            IsSecurity: false,
            DefaultSubject: "Reminder: a document is waiting for you on {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">{{ sender }} sent you a document ({{ category }}) that has not been opened yet.</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Sign in to the portal to open it</a></p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                {{ sender }} sent you a document ({{ category }}) that has not been opened yet.

                Sign in to the portal to open it: {{ link }}
                """,
            Variables: Variables),
        new(
            FileRequested,
            "Request for a file",
            "Sent to a school's recipients when the LA asks the school for a file.",
            IsSecurity: false,
            DefaultSubject: "{{ sender }} has asked for a file on {{ site_name }}'s secure portal",
            DefaultHtmlBody: """
                <p style="margin:0 0 20px 0;">Dear {{ name }},</p>
                <p style="margin:0 0 20px 0;">{{ sender }} has asked your school for a file ({{ category }}) by {{ deadline }}.</p>
                <p style="margin:0 0 20px 0;"><a href="{{ link }}" style="color:#1d70b8;">Sign in to the portal to see the request and upload your file</a></p>
                """,
            DefaultTextBody: """
                Dear {{ name }},

                {{ sender }} has asked your school for a file ({{ category }}) by {{ deadline }}.

                Sign in to the portal to see the request and upload your file: {{ link }}
                """,
            Variables:
            [
                .. Variables.Where(v => v.Name != "link"),
                new("deadline", "The date the file is due", "15 January 2027"),
                new("link", "The link to the request in the portal", "https://portal.northshire.gov.uk/documents/requests/12"),
            ]),
    ];
}
