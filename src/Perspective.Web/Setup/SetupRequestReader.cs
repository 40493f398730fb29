using Perspective.Core.Cli;

namespace Perspective.Web.Setup;

/// <summary>Builds a setup request for the CLI and auto-setup, reading the administrator's password from a file.</summary>
public static class SetupRequestReader
{
    public static async Task<SetupRequest> ReadAsync(string siteName, string recipe, string adminName, string adminEmail, string passwordFile)
    {
        if (!File.Exists(passwordFile))
        {
            throw new CliException($"The password file '{passwordFile}' does not exist.");
        }

        // One line: a trailing newline from `echo` or an editor is not part of the password.
        var password = (await File.ReadAllTextAsync(passwordFile)).TrimEnd('\r', '\n');
        return new SetupRequest(siteName, recipe, adminName.Trim(), adminEmail, password);
    }
}
