using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// How the Data Protection key ring's secrets are encrypted before they are stored, from
/// <c>Perspective:DataProtection:*</c>: a 32-byte key, or a certificate with its private key. Outside
/// Development one of them is required, since the ring opens every session cookie, two-factor
/// secret and stored password.
/// </summary>
public sealed class KeyRingProtection
{
    public const string KeySetting = "Perspective:DataProtection:Key";
    public const string CertificatePathSetting = "Perspective:DataProtection:CertificatePath";
    public const string CertificatePasswordFileSetting = "Perspective:DataProtection:CertificatePasswordFile";

    private const string KeyAdvice = $"base64 of 32 random bytes (for example from `openssl rand -base64 32`)";

    private KeyRingProtection(byte[]? key, X509Certificate2? certificate)
    {
        Key = key;
        Certificate = certificate;
    }

    /// <summary>The AES-256-GCM key that wraps each key's secret, or null.</summary>
    public byte[]? Key { get; }

    /// <summary>The certificate that wraps each key's secret, or null.</summary>
    public X509Certificate2? Certificate { get; }

    public bool IsEncrypted => Key is not null || Certificate is not null;

    /// <summary>What encrypts a key's secret before it is stored; null when keys are stored as they are (Development only).</summary>
    public IXmlEncryptor? CreateEncryptor(ILoggerFactory loggerFactory) =>
        Key is { } key ? new ConfiguredKeyXmlEncryptor(key)
        : Certificate is { } certificate ? new CertificateXmlEncryptor(certificate, loggerFactory)
        : null;

    public static KeyRingProtection From(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[KeySetting];
        var certificatePath = configuration[CertificatePathSetting];
        var hasKey = !string.IsNullOrWhiteSpace(key);
        var hasCertificate = !string.IsNullOrWhiteSpace(certificatePath);

        if (hasKey && hasCertificate)
        {
            throw new InvalidOperationException($"Set {KeySetting} or {CertificatePathSetting}, not both.");
        }

        if (hasKey)
        {
            return new KeyRingProtection(ParseKey(key!), null);
        }

        if (hasCertificate)
        {
            var passwordFile = configuration[CertificatePasswordFileSetting];
            return new KeyRingProtection(null, LoadCertificate(
                Path.GetFullPath(certificatePath!, environment.ContentRootPath),
                string.IsNullOrWhiteSpace(passwordFile) ? null : Path.GetFullPath(passwordFile, environment.ContentRootPath)));
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{KeySetting} is not set. Outside Development the Data Protection keys, which open sessions, two-factor " +
                $"secrets and stored passwords, must be encrypted at rest: set {KeySetting} to {KeyAdvice}, " +
                $"or {CertificatePathSetting} (and {CertificatePasswordFileSetting}) to a PFX certificate with its private key.");
        }

        return new KeyRingProtection(null, null);
    }

    private static byte[] ParseKey(string text)
    {
        var bytes = new byte[32];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var written) || written != bytes.Length)
        {
            throw new InvalidOperationException($"{KeySetting} must be {KeyAdvice}.");
        }

        return bytes;
    }

    private static X509Certificate2 LoadCertificate(string path, string? passwordFile)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathSetting}: there is no certificate file at {path}.");
        }

        if (passwordFile is not null && !File.Exists(passwordFile))
        {
            throw new InvalidOperationException($"{CertificatePasswordFileSetting}: there is no password file at {passwordFile}.");
        }

        // The password file ends with a newline when written by an editor or `echo`; it is not part of the password.
        var password = passwordFile is null ? null : File.ReadAllText(passwordFile).TrimEnd('\r', '\n');
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"{CertificatePathSetting}: the certificate at {path} cannot be opened ({exception.Message}). Check {CertificatePasswordFileSetting}.", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{CertificatePathSetting}: the certificate at {path} has no private key, so the keys could not be read back.");
        }

        return certificate;
    }
}
