using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Tenants;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Data.KeyRing;

/// <summary>
/// Data Protection's key ring in the default tenant's database, which every node of a deployment
/// shares, so a cookie or a protected value from one node opens on another. The key manager
/// encrypts each key's secret before it gets here (see <see cref="KeyRingProtection"/>).
/// </summary>
public sealed class DatabaseXmlRepository(TenantDatabases databases, FileSystemKeyImport import) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = Open();
        var stored = StoredXml(db);
        // An upgraded deployment's first read: bring in the keys it kept in a folder until now.
        if (stored.Count == 0 && import.ImportInto(db))
        {
            stored = StoredXml(db);
        }

        return stored.Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = Open();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    private static List<string> StoredXml(TenantDbContext db) =>
        db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList();

    private TenantDbContext Open() => databases.Open(databases.ConnectionStringFor(Tenant.DefaultName));
}
