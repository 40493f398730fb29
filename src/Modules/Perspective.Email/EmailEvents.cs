using Perspective.Core.Events;

namespace Perspective.Email;

/// <summary>The events the email module publishes, each audited.</summary>
public static class EmailEvents
{
    public static readonly AuditKind TemplateSaved = new("email.template.saved", "An administrator changed an email template");

    public static readonly AuditKind TemplateReset = new("email.template.reset", "An administrator put an email template back to its default");

    public static readonly AuditKind TestSent = new("email.test-sent", "An administrator sent a test email");

    public static readonly AuditKind SettingsSaved = new("email.settings.saved", "An administrator changed the email settings");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(EmailEvents));
}
