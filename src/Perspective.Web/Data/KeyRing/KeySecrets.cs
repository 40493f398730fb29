using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// Encrypts the secret parts of a stored key element as Data Protection's key manager does when it
/// writes a new key: each element marked <c>requiresEncryption</c> is replaced by an
/// <c>encryptedSecret</c> element naming the decryptor. Used to import keys written unencrypted.
/// </summary>
public static class KeySecrets
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    public static XElement Encrypt(XElement element, IXmlEncryptor encryptor)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(encryptor);
        var copy = new XElement(element);
        while (copy.Descendants().FirstOrDefault(NeedsEncryption) is { } secret)
        {
            var encrypted = encryptor.Encrypt(new XElement(secret));
            secret.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
                encrypted.EncryptedElement));
        }

        return copy;
    }

    private static bool NeedsEncryption(XElement element) =>
        element.Attribute(RequiresEncryption) is { } attribute && bool.TryParse(attribute.Value, out var required) && required;
}
