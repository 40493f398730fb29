using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Perspective.Files.Uploads;

/// <summary>
/// A multipart form read as it arrives, so a file goes from the network to the upload intake
/// without the framework first buffering the whole request (which <c>Request.Form</c> and
/// <c>IFormFile</c> do). Fields are collected as they come; each file is handed over as a stream
/// to read once before asking for the next. Forms must put their fields, the antiforgery token
/// first, before the file input: the token is checked before any file byte is read.
/// Pages that use this carry <c>[IgnoreAntiforgeryToken]</c> and <c>[DisableFormValueModelBinding]</c>,
/// because the check happens here instead.
/// </summary>
public sealed class StreamedForm
{
    /// <summary>Room for the fields and multipart framing around the files.</summary>
    public const long FieldsAllowance = 1024 * 1024;

    private const int MaxFieldLength = 64 * 1024;
    private const int MaxFields = 200;

    private readonly MultipartReader _reader;
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);
    private MultipartSection? _pending;

    private StreamedForm(MultipartReader reader) => _reader = reader;

    /// <summary>Every field read so far (those before the first file, then more as files are read).</summary>
    public IReadOnlyDictionary<string, List<string>> Fields => _fields;

    /// <summary>The first value of a field read so far, or null.</summary>
    public string? Field(string name) => _fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>
    /// Starts reading the request: raises the request size limit to <paramref name="maxFileBytes"/>
    /// per file plus room for fields, reads the fields before the first file and checks the
    /// antiforgery token among them. Null when the request is not a well-formed multipart form, its
    /// fields end early, or the token is missing or wrong: answer 400 with nothing changed.
    /// </summary>
    public static async Task<StreamedForm?> OpenAsync(HttpContext context, long maxFileBytes, int maxFiles = 1)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = checked((maxFileBytes * maxFiles) + (FieldsAllowance * Math.Max(1, maxFiles)));
        }

        var form = new StreamedForm(new MultipartReader(boundary, context.Request.Body) { HeadersLengthLimit = 16 * 1024 });
        try
        {
            await form.ReadFieldsAsync(context.RequestAborted);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            // Kestrel's BadHttpRequestException (the body stopped short) is an IOException too.
            return null;
        }

        return await form.AntiforgeryIsValidAsync(context) ? form : null;
    }

    /// <summary>
    /// The next file, reading any fields before it; null when the form has no more files. The
    /// previous file's stream must not be used after this is called. A file input left empty
    /// (no file name and no bytes) is skipped. A form that ends early or breaks the multipart rules,
    /// here or while its file is read, throws <see cref="BadHttpRequestException"/> (400).
    /// </summary>
    public async Task<StreamedFile?> NextFileAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadToNextFileAsync(cancellationToken);
        }
        catch (Exception exception) when (UnreadableForm.Is(exception))
        {
            throw UnreadableForm.From(exception);
        }
    }

    /// <summary>Reads what follows the last file (fields placed after it), so they are in <see cref="Fields"/>.</summary>
    public async Task ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (await NextFileAsync(cancellationToken) is { } file)
        {
            await file.Content.CopyToAsync(Stream.Null, cancellationToken);
        }
    }

    private async Task<StreamedFile?> ReadToNextFileAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var section = _pending ?? await _reader.ReadNextSectionAsync(cancellationToken);
            _pending = null;
            if (section is null)
            {
                return null;
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return new StreamedFile(HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "", fileName ?? "", new FormFileStream(section.Body));
            }

            await AddFieldAsync(section, disposition, cancellationToken);
        }
    }

    private async Task ReadFieldsAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                _pending = section;
                return;
            }

            await AddFieldAsync(section, disposition, cancellationToken);
        }
    }

    private async Task AddFieldAsync(MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken cancellationToken)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        var buffer = new char[MaxFieldLength + 1];
        using var reader = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > MaxFieldLength || _fields.Values.Sum(v => v.Count) >= MaxFields)
        {
            throw new InvalidDataException("A form field is too long, or there are too many fields.");
        }

        if (!_fields.TryGetValue(name, out var values))
        {
            _fields[name] = values = [];
        }

        values.Add(new string(buffer, 0, length));
    }

    private async Task<bool> AntiforgeryIsValidAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
        var options = (context.RequestServices.GetService(typeof(IOptions<AntiforgeryOptions>)) as IOptions<AntiforgeryOptions>)?.Value;
        if (antiforgery is null || options?.HeaderName is not { } header)
        {
            return false;
        }

        // Antiforgery reads the token from its header when present, and only otherwise from
        // Request.Form, which would buffer the whole upload. Hand it the field's value as the header.
        if (Field(options.FormFieldName) is not { Length: > 0 } token)
        {
            return false;
        }

        context.Request.Headers[header] = token;
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}

/// <summary>One file of a <see cref="StreamedForm"/>: the input's name, the browser's file name and its bytes, to read once.</summary>
public sealed record StreamedFile(string FieldName, string FileName, Stream Content);
