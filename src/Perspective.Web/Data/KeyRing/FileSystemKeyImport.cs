using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// Brings the keys that earlier versions kept in <c>{DataPath}/DataProtection-Keys</c> into the
/// database, encrypting their secrets as new keys are, so that sessions, two-factor secrets and
/// stored passwords protected before the upgrade still open. The folder is left as it was.
/// </summary>
public sealed class FileSystemKeyImport(DatabaseSettings settings, KeyRingProtection protection, ILoggerFactory loggerFactory)
{
    public string Folder { get; } = Path.Combine(settings.DataPath, "DataProtection-Keys");

    /// <summary>Adds the folder's keys to an empty key table; true when it added any.</summary>
    public bool ImportInto(TenantDbContext db)
    {
        var files = Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.xml").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            return false;
        }

        var encryptor = protection.CreateEncryptor(loggerFactory);
        foreach (var file in files)
        {
            var element = XElement.Load(file);
            var stored = encryptor is null ? element : KeySecrets.Encrypt(element, encryptor);
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = stored.ToString(SaveOptions.DisableFormatting),
            });
        }

        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another node imported the same keys first (the names are unique); theirs are as good.
            db.ChangeTracker.Clear();
            return true;
        }

        loggerFactory.CreateLogger<FileSystemKeyImport>().LogInformation(
            "Imported {Count} Data Protection keys from {Folder} into the database. The folder is no longer read and can be deleted.",
            files.Count, Folder);
        return true;
    }
}
