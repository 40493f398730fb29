namespace Perspective.Core.Links;

/// <summary>Absolute links into the current tenant's portal, for emails and anything read outside a page.</summary>
public interface IPortalLinks
{
    /// <summary>The tenant's address, e.g. <c>https://portal.northshire.gov.uk</c> or <c>https://portal.example/northshire</c>, without a trailing slash.</summary>
    Uri BaseAddress { get; }

    /// <summary>An absolute link to a path in the tenant, e.g. <c>/documents/42</c>.</summary>
    Uri Link(string path);
}
