using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Perspective.Documents.Requests;
using Perspective.Documents.Sending;

namespace Perspective.Documents.Navigation;

/// <summary>One link of the documents sub-navigation.</summary>
public sealed record DocumentsNavigationItem(string Text, string Path, bool Current);

/// <summary>
/// The documents pages' sub-navigation: each link only for a user the page behind it would let in,
/// asked of the same policies and rule the pages use, so the two cannot drift apart.
/// </summary>
public static class DocumentsNavigation
{
    public const string Received = "/documents";
    public const string Sent = "/documents/sent";
    public const string Send = "/documents/send";
    public const string BulkSend = "/documents/bulk-send";
    public const string Requests = "/documents/requests";

    public static async Task<IReadOnlyList<DocumentsNavigationItem>> ForAsync(
        ClaimsPrincipal user, string currentPath, IAuthorizationService authorization, FileRequestAccess requests, CancellationToken cancellationToken = default)
    {
        var links = new List<(string Text, string Path)> { ("Received", Received), ("Sent", Sent) };
        if ((await authorization.AuthorizeAsync(user, SendPolicy.Name)).Succeeded)
        {
            links.Add(("Send a document", Send));
        }

        if ((await authorization.AuthorizeAsync(user, DocumentsPermissions.SendDocuments.Policy)).Succeeded)
        {
            links.Add(("Send letters to many schools", BulkSend));
        }

        if (await requests.AsksAsync(user, cancellationToken) || await requests.AnswersAsync(user, cancellationToken))
        {
            links.Add(("Requests for files", Requests));
        }

        return [.. links.Select(link => new DocumentsNavigationItem(link.Text, link.Path, IsCurrent(link.Path, currentPath)))];
    }

    /// <summary>
    /// Whether a link is the section the page belongs to. "Received" is the list alone: a document's
    /// own page may be reached from either list, so it marks neither.
    /// </summary>
    public static bool IsCurrent(string linkPath, string currentPath)
    {
        var path = currentPath.TrimEnd('/');
        return linkPath == Received
            ? string.Equals(path, Received, StringComparison.OrdinalIgnoreCase)
            : string.Equals(path, linkPath, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith(linkPath + "/", StringComparison.OrdinalIgnoreCase);
    }
}
