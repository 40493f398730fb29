using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using Perspective.Core.Accounts;
using Perspective.Core.Sites;
using Perspective.Core.Tenants;
using QRCoder;

namespace Perspective.Users.TwoFactor;

/// <summary>
/// TOTP authenticator keys: made, kept encrypted, shown as a QR code and checked. A code is accepted
/// once: its time step must be later than the last one the account used.
/// </summary>
public sealed class Authenticator(IDataProtectionProvider protection, ITenantContext tenant, ISite site, TimeProvider time)
{
    private static readonly VerificationWindow OneStepEitherSide = new(previous: 1, future: 1);

    private IDataProtector Keys => protection.CreateProtector("Perspective.Users.AuthenticatorKey", tenant.Current.Name);

    private ITimeLimitedDataProtector PendingKeys =>
        protection.CreateProtector("Perspective.Users.PendingAuthenticatorKey", tenant.Current.Name).ToTimeLimitedDataProtector();

    /// <summary>A new key, and the same key sealed for a hidden form field (bound to the user, usable for 20 minutes).</summary>
    public (string Key, string Sealed) NewPendingKey(string userId)
    {
        var key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        return (key, PendingKeys.Protect($"{userId}:{key}", TimeSpan.FromMinutes(20)));
    }

    /// <summary>A new key to set up, as the set-up step shows it.</summary>
    public AuthenticatorSetUpView NewSetUp(PerspectiveUser user)
    {
        var (key, sealedKey) = NewPendingKey(user.Id);
        return SetUpFor(user, key, sealedKey);
    }

    /// <summary>The set-up step for a key already given out (shown again after a wrong code).</summary>
    public AuthenticatorSetUpView SetUpFor(PerspectiveUser user, string key, string sealedKey) =>
        new(QrCodeSvg(OtpAuthUri(site.Name, user.Email!, key)), Grouped(key), sealedKey);

    /// <summary>The key from a sealed form field, or null when it was tampered with, has expired, or is another user's.</summary>
    public string? OpenPendingKey(string userId, string? sealedKey)
    {
        if (string.IsNullOrEmpty(sealedKey))
        {
            return null;
        }

        try
        {
            var value = PendingKeys.Unprotect(sealedKey);
            return value.StartsWith(userId + ":", StringComparison.Ordinal) ? value[(userId.Length + 1)..] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Makes <paramref name="key"/> the account's authenticator; the caller saves.</summary>
    public void Store(PerspectiveUser user, string key, long acceptedStep)
    {
        user.AuthenticatorKeyProtected = Keys.Protect(key);
        user.LastTotpTimeStep = acceptedStep;
        user.TwoFactorEnabled = true;
    }

    /// <summary>Checks a code against the account's stored key, and marks its time step used; the caller saves.</summary>
    public bool TryUseCode(PerspectiveUser user, string? code)
    {
        if (user.AuthenticatorKeyProtected is null)
        {
            return false;
        }

        string key;
        try
        {
            key = Keys.Unprotect(user.AuthenticatorKeyProtected);
        }
        catch (CryptographicException)
        {
            return false;
        }

        if (!TryMatch(key, code, out var step) || step <= (user.LastTotpTimeStep ?? -1))
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        return true;
    }

    /// <summary>Whether <paramref name="code"/> is current for <paramref name="key"/>, and the time step it matched.</summary>
    public bool TryMatch(string key, string? code, out long step)
    {
        step = 0;
        var digits = Normalise(code);
        return digits is not null
            && new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(time.GetUtcNow().UtcDateTime, digits, out step, OneStepEitherSide);
    }

    /// <summary>Six digits, with spaces and dashes people type removed; null when it is anything else.</summary>
    public static string? Normalise(string? code)
    {
        var digits = new string((code ?? "").Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>The <c>otpauth://</c> address an authenticator app reads from the QR code.</summary>
    public static string OtpAuthUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>The QR code as inline SVG markup (the CSP allows no inline styles, and SVG needs none).</summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(5, "#0b0c0c", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The key in groups of four, as people type it into an app by hand.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
}
