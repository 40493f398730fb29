namespace Perspective.Core.Data;

/// <summary>
/// One key of ASP.NET Core Data Protection's key ring, as the key manager writes it: an XML
/// element whose secret part is encrypted by the host before it is stored. The host keeps the
/// ring in the default tenant's database, which every node shares.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }

    /// <summary>The key manager's name for the element, <c>key-{id}</c>; unique, so a key is never stored twice.</summary>
    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}
