namespace Perspective.Email.Sending;

/// <summary>The values of <c>email.smtp.security</c>: how the connection to the SMTP server is secured.</summary>
public static class SmtpSecurityModes
{
    public const string None = "None";
    public const string SslOnConnect = "SslOnConnect";
    public const string StartTls = "StartTls";

    public static IReadOnlyList<string> All { get; } = [None, SslOnConnect, StartTls];
}
