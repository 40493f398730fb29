using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// Opens what <see cref="ConfiguredKeyXmlEncryptor"/> sealed. Data Protection creates it by its
/// type name, passing the application's services, so the key comes from there.
/// </summary>
public sealed class ConfiguredKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetRequiredService<KeyRingProtection>().Key
            ?? throw new CryptographicException(
                $"A Data Protection key is encrypted with {KeyRingProtection.KeySetting}, which is not set.");
        var value = encryptedElement.Element(ConfiguredKeyXmlEncryptor.ElementName.Namespace + "value")?.Value
            ?? throw new CryptographicException("A Data Protection key's encrypted secret has no value.");
        var sealedBytes = Convert.FromBase64String(value);
        const int overhead = ConfiguredKeyXmlEncryptor.NonceSize + ConfiguredKeyXmlEncryptor.TagSize;
        if (sealedBytes.Length < overhead)
        {
            throw new CryptographicException("A Data Protection key's encrypted secret is too short.");
        }

        var plaintext = new byte[sealedBytes.Length - overhead];
        try
        {
            using var aes = new AesGcm(key, ConfiguredKeyXmlEncryptor.TagSize);
            aes.Decrypt(
                sealedBytes.AsSpan(0, ConfiguredKeyXmlEncryptor.NonceSize),
                sealedBytes.AsSpan(overhead),
                sealedBytes.AsSpan(ConfiguredKeyXmlEncryptor.NonceSize, ConfiguredKeyXmlEncryptor.TagSize),
                plaintext,
                ConfiguredKeyXmlEncryptor.AssociatedData);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new CryptographicException(
                $"A Data Protection key cannot be decrypted with the configured {KeyRingProtection.KeySetting}: it was encrypted with another key, or changed.",
                exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
