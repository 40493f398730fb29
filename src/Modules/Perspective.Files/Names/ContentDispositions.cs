using System.Text;

namespace Perspective.Files.Names;

/// <summary>
/// <c>Content-Disposition</c> values for downloads (RFC 6266): always <c>attachment</c>, so a file
/// is saved and never rendered inside the portal, with the name twice: an ASCII fallback for old
/// clients and the exact UTF-8 name as an RFC 8187 (formerly 5987) <c>filename*</c>.
/// </summary>
public static class ContentDispositions
{
    // RFC 8187 attr-char: the characters that need no percent-encoding in filename*.
    private const string AttrChars = "!#$&+-.^_`|~";

    /// <summary>The header value for downloading a file by its shown name (sanitised again here).</summary>
    public static string Attachment(string? fileName)
    {
        var name = SafeFileNames.Shown(fileName);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{PercentEncode(name)}";
    }

    /// <summary>
    /// The name with every non-ASCII character (one per Unicode character, not per byte), quote,
    /// backslash and control character replaced by <c>_</c>, so it is a plain quoted-string.
    /// </summary>
    public static string AsciiFallback(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var fallback = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var safe = rune.Value is >= 0x20 and < 0x7F && rune.Value != '"' && rune.Value != '\\';
            fallback.Append(safe ? (char)rune.Value : '_');
        }

        return fallback.ToString();
    }

    private static string PercentEncode(string name)
    {
        var encoded = new StringBuilder(name.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || AttrChars.Contains((char)b, StringComparison.Ordinal))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
