using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Perspective.Core.Audit;
using Perspective.Documents.Data;
using Perspective.Files.Names;
using Perspective.Files.Storage;

namespace Perspective.Documents.Download;

/// <summary>
/// Streams one stored version to the response, decrypting as it goes and never buffering the
/// whole file: an attachment (RFC 6266 name), <c>nosniff</c>, <c>no-store</c>. A damaged file
/// answers 500 when its first chunk fails, and cuts the connection when a later chunk does, so a
/// client never takes a short file for a whole one. Both are audited <c>documents.tampered</c>.
/// </summary>
public sealed class DecryptedResponse(EncryptedFiles files, IAuditLog audit)
{
    private const int BufferSize = 64 * 1024;

    /// <summary>The result to return, and whether the whole file went out.</summary>
    public async Task<(IResult Result, bool Completed)> WriteAsync(HttpContext context, Document document, DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(version);
        var cancellationToken = context.RequestAborted;
        var buffer = new byte[BufferSize];
        Stream plaintext;
        int read;
        try
        {
            plaintext = await files.OpenReadAsync(version.StorageName, new WrappedFileKey(version.WrappedKey, version.KeyVersion), cancellationToken);
            // Read the first chunk before answering, so a damaged file still gets a proper error page.
            read = await plaintext.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (FileTamperedException)
        {
            await RecordTamperedAsync(document, version);
            return (Results.StatusCode(StatusCodes.Status500InternalServerError), false);
        }

        await using (plaintext)
        {
            var response = context.Response;
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = version.ContentType;
            response.ContentLength = version.SizeBytes;
            response.Headers.ContentDisposition = ContentDispositions.Attachment(version.FileName);
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
            try
            {
                while (read > 0)
                {
                    await response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    read = await plaintext.ReadAsync(buffer, cancellationToken);
                }
            }
            catch (FileTamperedException)
            {
                // Bytes have gone out under a 200: cut the connection so the client sees a failed
                // download rather than a short file that looks complete.
                await RecordTamperedAsync(document, version);
                context.Abort();
                return (Results.Empty, false);
            }
        }

        return (Results.Empty, true);
    }

    private Task RecordTamperedAsync(Document document, DocumentVersion version) =>
        audit.RecordNowAsync(DocumentsEvents.Tampered, nameof(Document), document.Id.ToString(), $"Version {version.Number}", CancellationToken.None);
}
