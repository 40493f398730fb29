using Microsoft.AspNetCore.Http;

namespace Perspective.Files.Uploads;

/// <summary>
/// A multipart form that cannot be read to its end is the client's error: it stops before its
/// closing boundary (<see cref="IOException"/> from the reader) or breaks the multipart rules
/// (<see cref="InvalidDataException"/>). Both become a <see cref="BadHttpRequestException"/> with
/// 400, which the host answers as such, as Kestrel's own does for a body cut short.
/// </summary>
internal static class UnreadableForm
{
    public static bool Is(Exception exception) =>
        exception is InvalidDataException || (exception is IOException && exception is not BadHttpRequestException);

    public static BadHttpRequestException From(Exception exception) =>
        new("The multipart form could not be read to its end.", StatusCodes.Status400BadRequest, exception);
}
