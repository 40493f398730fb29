using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Perspective.Documents.Uploads;

namespace Perspective.Documents.Bulk;

/// <summary>Opens a bulk upload's streamed form; null (answer 400) for anything <see cref="StreamedForm"/> refuses.</summary>
internal static class BulkUploadForm
{
    public static async Task<StreamedForm?> OpenAsync(HttpContext context, long maxFileBytes, int maxFiles)
    {
        try
        {
            return await StreamedForm.OpenAsync(context, maxFileBytes, maxFiles);
        }
        catch (AntiforgeryValidationException)
        {
            // With no token field among the fields, antiforgery falls back to reading Request.Form,
            // which the streamed reader has already consumed, and throws instead of saying no.
            return null;
        }
    }
}
