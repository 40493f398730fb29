using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Perspective.Web.Security;

/// <summary>
/// Answers 404 when a POST (or any method but GET and HEAD) reaches a page that has no handler for
/// it, whether or not it names one with <c>?handler=</c>. Razor Pages would otherwise render the
/// page without running any handler, its model never loaded, and fail on the first thing the view
/// reads.
/// </summary>
/// <remarks>
/// 404 rather than 405: the portal answers "not found" for anything that is not there, and 405
/// would have to list the methods each page allows, telling a prober which handlers it has. A GET
/// to a page with only POST handlers still renders, as such pages (a form with nothing to load)
/// expect. Error pages re-executed for another request keep that request's method and are left
/// alone.
/// </remarks>
public sealed class MissingHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null && NeedsAHandler(context.HttpContext))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }

    private static bool NeedsAHandler(HttpContext context)
    {
        var method = context.Request.Method;
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        return !reExecuted && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
    }
}
