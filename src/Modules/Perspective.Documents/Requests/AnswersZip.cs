using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Perspective.Core.Audit;
using Perspective.Documents.Data;
using Perspective.Files.Names;
using Perspective.Files.Storage;

namespace Perspective.Documents.Requests;

/// <summary>
/// <c>GET /documents/requests/{id}/answers.zip</c>: every school's answer in one zip, written
/// straight to the response as each file is decrypted, never held whole in memory or on disk, and
/// with asynchronous writes only (the server allows no synchronous IO). 404 unless the user may
/// manage the request.
/// </summary>
public sealed class AnswersZip(FileRequestAccess access, AnswerFiles answers, EncryptedFiles files, IAuditLog audit)
{
    private const int ChunkSize = 64 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context, int id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var request = await access.ForAskerAsync(context.User, id, cancellationToken);
        if (request is null)
        {
            await access.RefusedAsync(id);
            return Results.NotFound();
        }

        var entries = await answers.ListAsync(request, cancellationToken);
        await audit.RecordNowAsync(DocumentsEvents.AnswersDownloaded, nameof(FileRequest), id.ToString(CultureInfo.InvariantCulture), $"{entries.Count} files", CancellationToken.None);

        var response = context.Response;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = ContentDispositions.Attachment($"{request.Title} - answers.zip");
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        try
        {
            await WriteAsync(response.Body, entries, cancellationToken);
        }
        catch (FileTamperedException)
        {
            // Part of the zip has gone out under a 200: cut the connection so the client sees a
            // failed download rather than a zip that looks complete.
            await audit.RecordNowAsync(DocumentsEvents.Tampered, nameof(FileRequest), id.ToString(CultureInfo.InvariantCulture), "In the zip of answers", CancellationToken.None);
            context.Abort();
        }

        return Results.Empty;
    }

    private async Task WriteAsync(Stream body, IReadOnlyList<AnswerFile> entries, CancellationToken cancellationToken)
    {
        using var output = new DrainingStream(body);
        var buffer = new byte[ChunkSize];
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var (name, version) in entries)
            {
                await using var plaintext = await files.OpenReadAsync(version.StorageName, new WrappedFileKey(version.WrappedKey, version.KeyVersion), cancellationToken);
                // Most answers (PDF, Office files, images) are compressed already: do not spend CPU on them again.
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(version.UploadedUtc, DateTimeKind.Utc));
                await using (var target = await entry.OpenAsync(cancellationToken))
                {
                    int read;
                    while ((read = await plaintext.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                        await output.DrainAsync(cancellationToken);
                    }
                }

                await output.DrainAsync(cancellationToken);
            }
        }

        // The central directory, written as the archive closes.
        await output.DrainAsync(cancellationToken);
    }
}
