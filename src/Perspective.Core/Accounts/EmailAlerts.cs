namespace Perspective.Core.Accounts;

/// <summary>
/// How a person wants informational emails (news, new documents). Security emails (invitations,
/// resets, sign-in alerts) are always sent at once, whatever this says.
/// </summary>
public enum EmailAlerts
{
    Immediate,
    DailyDigest,
}
