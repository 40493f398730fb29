using System.Text.RegularExpressions;
using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Noticeboard.Notices;

namespace Perspective.Noticeboard.Recipes;

/// <summary>
/// Recipe step <c>noticeboard</c>: <c>{ "name": "noticeboard", "notices": [ { "id": "term-dates",
/// "title": "Spring term dates are published", "daysPinned": 30 } ] }</c>. Pins each notice whose
/// id is not on the board yet. The kernel has already checked the JSON's shape; this checks the rest.
/// </summary>
public sealed partial class NoticeboardStep(NoticeBoard board, TenantDbContext db) : RecipeStep<NoticeboardStepData>
{
    public override string Name => "noticeboard";

    protected override async Task ValidateAsync(NoticeboardStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (notice, number) in data.Notices.Select((n, i) => (n, i + 1)))
        {
            var path = $"steps[{context.Index}].notices[{number}]";
            if (!IdPattern().IsMatch(notice.Id))
            {
                context.AddError($"{path}.id: '{notice.Id}' must be 1 to 40 lower-case letters, digits or hyphens.");
            }

            if (notice.Title.Trim().Length is 0 or > NoticeBoard.MaxTitleLength)
            {
                context.AddError($"{path}.title: the title must be 1 to {NoticeBoard.MaxTitleLength} characters long.");
            }

            if (notice.DaysPinned is < 1 or > NoticeBoard.MaxDaysPinned)
            {
                context.AddError($"{path}.daysPinned: a notice stays pinned for 1 to {NoticeBoard.MaxDaysPinned} days, not {notice.DaysPinned}.");
            }
        }

        var pinned = await board.ListAsync(cancellationToken);
        var adding = data.Notices.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count(id => pinned.All(p => p.Id != id));
        if (pinned.Count + adding > NoticeBoard.Capacity)
        {
            context.AddError($"steps[{context.Index}].notices: the board holds {NoticeBoard.Capacity} notices and {pinned.Count} are pinned, so {adding} more will not fit.");
        }
    }

    protected override async Task ExecuteAsync(NoticeboardStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var notice in data.Notices)
        {
            await board.SeedAsync(notice.Id, notice.Title.Trim(), notice.DaysPinned, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex IdPattern();
}
