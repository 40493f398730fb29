using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Perspective.Core.Tenants;

namespace Perspective.Core.Audit;

/// <summary>
/// Signs and checks checkpoints with ASP.NET Core Data Protection (authenticated encryption whose
/// keys live outside the database), under a purpose naming the tenant: a checkpoint cannot be
/// forged from the database alone, nor copied from one tenant's trail to another's.
/// </summary>
public sealed class AuditCheckpointSigner(IDataProtectionProvider protection, ITenantContext tenant)
{
    private IDataProtector Protector =>
        protection.CreateProtector("Perspective.Audit.Checkpoint.v1", tenant.Current.Name);

    public string Sign(long sequence, string hash, DateTime createdUtc) =>
        Convert.ToBase64String(Protector.Protect(Payload(sequence, hash, createdUtc)));

    public bool IsValid(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        try
        {
            var signed = Protector.Unprotect(Convert.FromBase64String(checkpoint.Signature));
            return CryptographicOperations.FixedTimeEquals(signed, Payload(checkpoint.Sequence, checkpoint.Hash, checkpoint.CreatedUtc));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private static byte[] Payload(long sequence, string hash, DateTime createdUtc) =>
        Encoding.UTF8.GetBytes(string.Join(
            '\n',
            sequence.ToString(CultureInfo.InvariantCulture),
            hash,
            AuditChain.Stored(createdUtc).ToString("O", CultureInfo.InvariantCulture)));
}
