using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Perspective.Web.Pages;

/// <summary>The GOV.UK-style page for every error status. It never shows exception details.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    // Every verb renders the page, because a failed POST is re-executed here as a POST.
    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // When reached directly (not re-executed), answer with the status the page describes.
        if (Response.StatusCode == StatusCodes.Status200OK && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }

        (Title, Paragraphs) = code switch
        {
            StatusCodes.Status403Forbidden => ("You do not have permission to view this page",
                (IReadOnlyList<string>)["If you think you should have access, contact your Local Authority's administrator."]),
            StatusCodes.Status404NotFound => ("Page not found",
                ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            StatusCodes.Status429TooManyRequests => ("Too many attempts",
                ["You have made too many attempts in a short time. Wait a minute, then try again."]),
            StatusCodes.Status503ServiceUnavailable => ("Sorry, the service is unavailable",
                ["You will be able to use the service later."]),
            _ => ("Sorry, there is a problem with the service",
                ["Try again later.", "If the problem continues, contact your Local Authority."]),
        };
    }
}
