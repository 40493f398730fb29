using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;

namespace Perspective.Documents.Sending;

/// <summary>
/// Checks every answer of a send except the file, and works out whom it reaches. Pages call it to
/// report every problem at once before any file byte is read; <see cref="DocumentSender"/> calls it
/// again, so nothing reaches the store unchecked.
/// </summary>
public sealed class SendChecks(
    CategoryStore categories,
    IOrganisationDirectory organisations,
    IPermissionGrants grants,
    NamedRecipients people,
    TimeProvider time)
{
    public async Task<SendCheck> CheckAsync(SendRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sender.UserId() is not { } senderId || request.Sender.OrganisationId() is not { } senderOrganisationId)
        {
            return SendCheck.Refused(new SendProblem(SendFields.Category, "You cannot send documents"));
        }

        var category = request.CategoryId is { } categoryId ? await categories.FindAsync(categoryId, cancellationToken) : null;
        if (category is null || category.IsArchived)
        {
            return SendCheck.Refused(new SendProblem(SendFields.Category, "Select a category"));
        }

        if (!DocumentAccess.Split(category.SenderRoles).Intersect(request.Sender.RoleNames(), StringComparer.Ordinal).Any())
        {
            return SendCheck.Refused(new SendProblem(SendFields.Category, "Select a category you can send documents in"));
        }

        var reach = await grants.OfAsync(request.Sender, cancellationToken);
        if (reach is SenderReach.None)
        {
            return SendCheck.Refused(new SendProblem(SendFields.Category, "You cannot send documents"));
        }

        var problems = new List<SendProblem>();
        var (targets, single) = await TargetsAsync(request, reach, problems, cancellationToken);
        var role = string.IsNullOrWhiteSpace(request.RecipientRoleName) ? null : request.RecipientRoleName.Trim();
        if (role is not null && !DocumentAccess.Split(category.RecipientRoles).Contains(role, StringComparer.Ordinal))
        {
            problems.Add(new SendProblem(SendFields.Role, "Select a role that receives documents in this category"));
        }

        var personId = await PersonAsync(request, category, single, role, problems, cancellationToken);
        CheckMessageAndExpiry(request, problems);
        if (problems.Count > 0)
        {
            return new SendCheck(null, problems);
        }

        var recipients = targets.Select(o => new PlannedRecipient(o.Id, role, personId)).ToList();
        var message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim();
        return new SendCheck(new SendPlan(category, senderId, senderOrganisationId, recipients, message, request.ExpiresUtc), []);
    }

    /// <summary>The organisations the send reaches, and the one organisation when it is sent to just one.</summary>
    private async Task<(IReadOnlyList<OrganisationInfo> Targets, OrganisationInfo? Single)> TargetsAsync(
        SendRequest request, SenderReach reach, List<SendProblem> problems, CancellationToken cancellationToken)
    {
        if (request.Audience is not SendAudience.OneOrganisation && reach is not SenderReach.Everyone)
        {
            // A school's user sends to the LA only, whatever the form was made to post.
            problems.Add(new SendProblem(SendFields.Recipient, "Select a team at the local authority"));
            return ([], null);
        }

        switch (request.Audience)
        {
            case SendAudience.EveryOpenSchool:
                var schools = await organisations.OpenSchoolsAsync(cancellationToken);
                if (schools.Count == 0)
                {
                    problems.Add(new SendProblem(SendFields.Audience, "There are no open schools to send to"));
                }

                return (schools, null);
            case SendAudience.Group:
                var members = request.GroupId is { } groupId ? await organisations.GroupMembersAsync(groupId, cancellationToken) : [];
                if (members.Count == 0)
                {
                    problems.Add(new SendProblem(SendFields.Group, request.GroupId is null ? "Select a group of schools" : "Select a group that has open schools in it"));
                }

                return (members, null);
            default:
                var one = await OneAsync(request.RecipientOrganisationId, reach, problems, cancellationToken);
                return (one is null ? [] : [one], one);
        }
    }

    private async Task<OrganisationInfo?> OneAsync(string? id, SenderReach reach, List<SendProblem> problems, CancellationToken cancellationToken)
    {
        var recipient = string.IsNullOrWhiteSpace(id) ? null : await organisations.FindAsync(id, cancellationToken);
        if (recipient is null)
        {
            problems.Add(new SendProblem(SendFields.Recipient, reach is SenderReach.Everyone ? "Select a school or team" : "Select a team at the local authority"));
            return null;
        }

        if (!recipient.IsOpen)
        {
            problems.Add(new SendProblem(SendFields.Recipient, recipient.IsProposed
                ? $"{recipient.Name} has not opened yet: select an open school or team"
                : $"{recipient.Name} is closed: select an open school or team"));
            return null;
        }

        if (reach is not SenderReach.Everyone && recipient.IsSchool)
        {
            problems.Add(new SendProblem(SendFields.Recipient, "Select a team at the local authority"));
            return null;
        }

        return recipient;
    }

    private async Task<string?> PersonAsync(SendRequest request, DocumentCategory category, OrganisationInfo? single, string? role, List<SendProblem> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RecipientEmail))
        {
            return null;
        }

        if (request.Audience is not SendAudience.OneOrganisation)
        {
            problems.Add(new SendProblem(SendFields.Person, "You can only name a person when you send to one school or team"));
            return null;
        }

        if (role is not null)
        {
            // A row naming a person ignores its role (DocumentAccess), so asking for both would mislead.
            problems.Add(new SendProblem(SendFields.Person, "Choose a role or name a person, not both"));
            return null;
        }

        if (single is null)
        {
            return null;
        }

        var (userId, problem) = await people.FindAsync(single, request.RecipientEmail, category, cancellationToken);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        return userId;
    }

    private void CheckMessageAndExpiry(SendRequest request, List<SendProblem> problems)
    {
        if (request.Message is { } message && message.Trim().Length > SendLimits.MaxMessageLength)
        {
            problems.Add(new SendProblem(SendFields.Message, $"Message must be {SendLimits.MaxMessageLength} characters or fewer"));
        }

        if (request.ExpiresUtc is { } expires && expires <= time.GetUtcNow().UtcDateTime)
        {
            problems.Add(new SendProblem(SendFields.Expiry, "Expiry date must be in the future"));
        }
    }
}
