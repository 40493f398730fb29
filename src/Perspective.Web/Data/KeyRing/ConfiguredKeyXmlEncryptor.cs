using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// Encrypts a key's secret with AES-256-GCM under <c>Perspective:DataProtection:Key</c> before the
/// key manager stores it. The stored element names <see cref="ConfiguredKeyXmlDecryptor"/> by its
/// type name, so that type must keep its name and namespace.
/// </summary>
public sealed class ConfiguredKeyXmlEncryptor(byte[] key) : IXmlEncryptor
{
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    internal static readonly XName ElementName = XName.Get("encryptedKey", "urn:perspective:data-protection:aes-256-gcm");

    /// <summary>Binds the ciphertext to this use, so it cannot be passed off as anything else encrypted under the same key.</summary>
    internal static readonly byte[] AssociatedData = "Perspective.DataProtection.KeyRing.v1"u8.ToArray();

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XComment(" The key's secret, encrypted with AES-256-GCM under Perspective:DataProtection:Key: nonce, tag, ciphertext. "),
            new XElement(ElementName.Namespace + "value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(ConfiguredKeyXmlDecryptor));
    }
}
