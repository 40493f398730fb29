using Perspective.Users.Demo;

namespace Perspective.Web.Setup;

/// <summary>
/// Prints the demonstration accounts' passwords to the console, once, at the end of a setup from
/// the command line or from configuration. Straight to standard output, never through the logger,
/// so they reach no log file.
/// </summary>
public static class DemoAccountsConsole
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<DemoAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (accounts.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync("Demonstration accounts. Their passwords are shown now only and are not stored anywhere:");
        foreach (var account in accounts)
        {
            await output.WriteLineAsync($"  {account.Role,-24} {account.Email,-44} {account.Password}");
        }
    }
}
