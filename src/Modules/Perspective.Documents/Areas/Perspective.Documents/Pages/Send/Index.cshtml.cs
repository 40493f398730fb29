using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Core.Time;
using Perspective.Documents.Categories;
using Perspective.Documents.Dates;
using Perspective.Documents.Sending;
using Perspective.Files.Uploads;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Send;

/// <summary>
/// Sends one document: LA staff to one school or team, every open school or a group (optionally
/// only to a role or a named person there); a school's user to an LA team. The form is read as a
/// stream (the file comes last), and every answer is checked before any file byte is read.
/// </summary>
[Authorize(Policy = SendPolicy.Name)]
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class SendDocumentModel(
    IPermissionGrants grants,
    IOrganisationDirectory organisations,
    CategoryStore categories,
    SendChecks checks,
    DocumentSender sender,
    TimeProvider time) : PageModel
{
    public const string ToOne = "one";
    public const string ToEverySchool = "every";
    public const string ToGroup = "group";

    // Properties in page order: the error summary lists errors in this order.
    public string? CategoryId { get; set; }

    public string? SendTo { get; set; }

    public string? RecipientReference { get; set; }

    public string? TeamId { get; set; }

    public string? GroupId { get; set; }

    public string? RecipientRoleName { get; set; }

    public string? RecipientEmail { get; set; }

    public string? Message { get; set; }

    public DateParts Expiry { get; set; } = new();

    public string? Upload { get; set; }

    /// <summary>LA staff send to schools; a school's user sends to LA teams only.</summary>
    public bool SendsToSchools { get; private set; }

    public SendChoiceLists Choices { get; private set; } = SendChoiceLists.None;

    public static IReadOnlyList<SelectListItem> AudienceChoices { get; } =
    [
        new GovUkChoice(ToOne, "One school or team"),
        new GovUkChoice(ToEverySchool, "Every open school"),
        new GovUkChoice(ToGroup, "A group of schools"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var form = await StreamedForm.OpenAsync(HttpContext, Choices.LargestFileBytes);
        if (form is null)
        {
            return BadRequest();
        }

        Read(form);
        var request = await RequestAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            // Report every problem at once, and leave the file unread: nothing is stored.
            Show((await checks.CheckAsync(request, cancellationToken)).Problems);
            return FileAgain();
        }

        var file = await form.NextFileAsync(cancellationToken);
        var result = await sender.SendAsync(request with { Content = file?.Content ?? Stream.Null, FileName = file?.FileName }, cancellationToken);
        if (!result.Sent)
        {
            Show(result.Problems);
            return FileAgain();
        }

        return Redirect(Url.Content("~" + SendPaths.Sent(result.BatchId!.Value)));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        SendsToSchools = await grants.OfAsync(User, cancellationToken) is SenderReach.Everyone;
        Choices = await SendChoiceLists.LoadAsync(User, SendsToSchools, categories, organisations, cancellationToken);
    }

    private void Read(StreamedForm form)
    {
        CategoryId = form.Field(nameof(CategoryId));
        SendTo = SendsToSchools ? form.Field(nameof(SendTo)) : ToOne;
        RecipientReference = form.Field(nameof(RecipientReference));
        TeamId = form.Field(nameof(TeamId));
        GroupId = form.Field(nameof(GroupId));
        RecipientRoleName = form.Field(nameof(RecipientRoleName));
        RecipientEmail = form.Field(nameof(RecipientEmail));
        Message = form.Field(nameof(Message));
        Expiry = new DateParts
        {
            Day = form.Field($"{nameof(Expiry)}.{nameof(DateParts.Day)}"),
            Month = form.Field($"{nameof(Expiry)}.{nameof(DateParts.Month)}"),
            Year = form.Field($"{nameof(Expiry)}.{nameof(DateParts.Year)}"),
        };
    }

    /// <summary>The answers as a request (its file still to come), with what only the page can check in the model state.</summary>
    private async Task<SendRequest> RequestAsync(CancellationToken cancellationToken)
    {
        var audience = SendTo switch
        {
            ToOne => SendAudience.OneOrganisation,
            ToEverySchool => SendAudience.EveryOpenSchool,
            ToGroup => SendAudience.Group,
            _ => (SendAudience?)null,
        };
        if (audience is null)
        {
            ModelState.AddModelError(nameof(SendTo), "Select who to send the document to");
        }

        var recipientId = SendsToSchools ? null : Blank(TeamId);
        if (SendsToSchools && audience is SendAudience.OneOrganisation)
        {
            recipientId = await ReferencedAsync(cancellationToken);
        }

        // A document can be opened all of its expiry date: it expires when the next UK day begins.
        var expiry = GovUkDate.Read(Expiry, nameof(Expiry), "expiry date", after: UkTime.Today(time.GetUtcNow().UtcDateTime), optional: true);
        if (expiry.Problem is not null)
        {
            ModelState.AddModelError(expiry.ErrorKey!, expiry.Problem);
        }

        return new SendRequest(User, recipientId, Blank(RecipientRoleName), Whole(CategoryId), Stream.Null, null, null)
        {
            Audience = audience ?? SendAudience.OneOrganisation,
            GroupId = audience is SendAudience.Group ? Whole(GroupId) : null,
            RecipientEmail = Blank(RecipientEmail),
            Message = Message,
            ExpiresUtc = expiry.Date is { } date ? ExpiryDates.EndsUtc(date) : null,
        };
    }

    private async Task<string?> ReferencedAsync(CancellationToken cancellationToken)
    {
        if (Blank(RecipientReference) is not { } reference)
        {
            ModelState.AddModelError(nameof(RecipientReference), "Enter the URN, DfE number or id of a school or team");
            return null;
        }

        if (await organisations.FindByReferenceAsync(reference, cancellationToken) is not { } found)
        {
            ModelState.AddModelError(nameof(RecipientReference), "There is no school or team with this URN, DfE number or id");
            return null;
        }

        return found.Id;
    }

    private void Show(IEnumerable<SendProblem> problems)
    {
        foreach (var problem in problems)
        {
            var key = problem.Field switch
            {
                SendFields.Recipient => SendsToSchools ? nameof(RecipientReference) : nameof(TeamId),
                SendFields.Audience => SendsToSchools ? nameof(SendTo) : nameof(TeamId),
                _ => problem.Field,
            };
            // The page's own message for a field comes first (it is the more precise one).
            if (!ModelState.ContainsKey(key))
            {
                ModelState.AddModelError(key, problem.Message);
            }
        }
    }

    /// <summary>A browser never keeps a chosen file after a failed post, so the user is told to choose it again.</summary>
    private PageResult FileAgain()
    {
        if (!ModelState.ContainsKey(nameof(Upload)))
        {
            ModelState.AddModelError(nameof(Upload), "Select the file again");
        }

        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int? Whole(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
