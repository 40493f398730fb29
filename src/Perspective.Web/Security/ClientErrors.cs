namespace Perspective.Web.Security;

/// <summary>
/// The status for an exception no page handled. A request the client broke is the client's error,
/// not the server's: a body that stops short of its Content-Length, arrives too slowly or is too
/// large, or a form that cannot be read, raises <see cref="BadHttpRequestException"/> from
/// wherever the body is read, carrying the status Kestrel chose (400, 408, 413). Such requests
/// are not logged as server errors (Kestrel logs them itself, at debug level).
/// </summary>
public static class ClientErrors
{
    public static bool IsClientError(Exception exception) => exception is BadHttpRequestException;

    public static int StatusCodeFor(Exception exception) =>
        exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
}
