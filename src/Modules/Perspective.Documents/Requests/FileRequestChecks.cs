using System.Globalization;
using System.Security.Claims;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;
using Perspective.Files.Checks;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Requests;

/// <summary>
/// Checks the answers to the new-request form, on the form and again on check answers (a category
/// may have been archived, or a school closed, in between). Every problem is reported at once.
/// </summary>
public sealed class FileRequestChecks(CategoryStore categories, IOrganisationDirectory organisations, TimeProvider time)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;

    /// <summary>More lines than a Local Authority has schools is not a list anyone meant to paste.</summary>
    public const int MaxReferences = 1000;

    /// <summary>The non-archived categories the user may send in, in name order: the choices offered.</summary>
    public async Task<IReadOnlyList<DocumentCategory>> CategoriesForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.RoleNames();
        return (await categories.ListAsync(cancellationToken))
            .Where(c => !c.IsArchived && DocumentAccess.Split(c.SenderRoles).Any(roles.Contains))
            .ToList();
    }

    public async Task<FileRequestCheck> CheckAsync(ClaimsPrincipal user, NewFileRequestAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<FileRequestProblem>();
        void Problem(string field, string message) => problems.Add(new FileRequestProblem(field, message));

        var title = answers.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            Problem(FileRequestFields.Title, "Enter a title for the request");
        }
        else if (title.Length > MaxTitleLength)
        {
            Problem(FileRequestFields.Title, $"Title must be {MaxTitleLength} characters or fewer");
        }

        var description = answers.Description?.Trim() ?? "";
        if (description.Length > MaxDescriptionLength)
        {
            Problem(FileRequestFields.Description, $"Description must be {MaxDescriptionLength} characters or fewer");
        }

        var choices = await CategoriesForAsync(user, cancellationToken);
        var category = int.TryParse(answers.CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId)
            ? choices.FirstOrDefault(c => c.Id == categoryId)
            : null;
        if (category is null)
        {
            Problem(FileRequestFields.Category, "Select a category");
        }

        var deadline = Deadlines.Read(new DateParts { Day = answers.DeadlineDay, Month = answers.DeadlineMonth, Year = answers.DeadlineYear }, time.GetUtcNow().UtcDateTime);
        if (deadline.Problem is not null)
        {
            Problem(deadline.ErrorKey!, deadline.Problem);
        }

        var extensions = CheckFileTypes(answers.FileTypes, category, Problem);
        var (audienceShown, schools) = await CheckAudienceAsync(answers, Problem, cancellationToken);

        return problems.Count > 0
            ? new FileRequestCheck(null, problems)
            : new FileRequestCheck(new FileRequestPlan(title, description, category!, deadline.Date!.Value, Deadlines.EndOfUkDay(deadline.Date.Value), extensions, audienceShown!, schools), []);
    }

    private static List<string> CheckFileTypes(IReadOnlyList<string> given, DocumentCategory? category, Action<string, string> problem)
    {
        var chosen = given.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        if (chosen.Count == 0)
        {
            problem(FileRequestFields.FileTypes, "Select at least one type of file");
            return [];
        }

        if (chosen.FirstOrDefault(t => FileTypes.FromExtension(t) is null) is { } unknown)
        {
            problem(FileRequestFields.FileTypes, $"\"{unknown}\" is not a type of file the portal can check");
            return [];
        }

        if (category is not null)
        {
            var allowed = DocumentAccess.Split(category.AllowedExtensions).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (chosen.FirstOrDefault(t => !allowed.Contains(t)) is { } notAllowed)
            {
                problem(FileRequestFields.FileTypes, $"{category.Name} does not take .{notAllowed} files. Select from: {CategoryLists.Readable(category.AllowedExtensions)}");
                return [];
            }
        }

        // In the allow-list's order, so the same choice always reads the same.
        return FileTypes.All.Select(t => t.Extension).Where(chosen.Contains).ToList();
    }

    private async Task<(string? Shown, IReadOnlyList<OrganisationInfo> Schools)> CheckAudienceAsync(NewFileRequestAnswers answers, Action<string, string> problem, CancellationToken cancellationToken)
    {
        switch (answers.Audience)
        {
            case Audiences.EveryOpenSchool:
                var open = await organisations.OpenSchoolsAsync(cancellationToken);
                if (open.Count == 0)
                {
                    problem(FileRequestFields.Audience, "There are no open schools to ask");
                }

                return ("Every open school", open);
            case Audiences.Group:
                var group = int.TryParse(answers.GroupId, NumberStyles.None, CultureInfo.InvariantCulture, out var groupId)
                    ? (await organisations.GroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == groupId)
                    : null;
                if (group is null)
                {
                    problem(FileRequestFields.Group, "Select a group of schools");
                    return (null, []);
                }

                var members = await organisations.GroupMembersAsync(group.Id, cancellationToken);
                if (members.Count == 0)
                {
                    problem(FileRequestFields.Group, $"{group.Name} has no open schools. Select another group");
                }

                return (group.Name, members);
            case Audiences.Schools:
                return ("Schools you listed", await CheckReferencesAsync(answers.References, problem, cancellationToken));
            default:
                problem(FileRequestFields.Audience, "Select which schools to ask");
                return (null, []);
        }
    }

    private async Task<IReadOnlyList<OrganisationInfo>> CheckReferencesAsync(string? references, Action<string, string> problem, CancellationToken cancellationToken)
    {
        var lines = (references ?? "").ReplaceLineEndings("\n").Split('\n');
        var given = lines.Select((text, index) => (Text: text.Trim(), Line: index + 1)).Where(l => l.Text.Length > 0).ToList();
        if (given.Count == 0)
        {
            problem(FileRequestFields.References, "Enter the URN or DfE number of at least one school");
            return [];
        }

        if (given.Count > MaxReferences)
        {
            problem(FileRequestFields.References, $"Enter {MaxReferences} schools or fewer");
            return [];
        }

        var schools = new List<OrganisationInfo>();
        var bad = new List<string>();
        foreach (var (text, line) in given)
        {
            var found = await organisations.FindByReferenceAsync(text, cancellationToken);
            if (found is not { IsSchool: true, IsOpen: true })
            {
                bad.Add(found is null
                    ? $"line {line}: {Shorten(text)} is not a school's URN or DfE number"
                    : $"line {line}: {found.Name} is not an open school");
            }
            else if (schools.All(s => s.Id != found.Id))
            {
                schools.Add(found);
            }
        }

        if (bad.Count > 0)
        {
            // One message for the field, naming every bad line, so all can be put right at once.
            problem(FileRequestFields.References, "Check the schools: " + string.Join("; ", bad));
        }

        return schools.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
