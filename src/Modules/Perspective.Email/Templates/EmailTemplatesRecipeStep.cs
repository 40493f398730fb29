using System.Text;
using Perspective.Core.Data;
using Perspective.Core.Recipes;

namespace Perspective.Email.Templates;

/// <summary>
/// Recipe step <c>emailTemplates</c>: <c>{ "name": "emailTemplates", "templates": [ { "kind",
/// "subject", "htmlBody" or "htmlBodyFile", "textBody" or "textBodyFile" } ] }</c>. Each template is
/// checked as the edit page checks it and stored by kind; one already stored exactly is left alone.
/// Exports every override, sorted by kind, with its parts inline.
/// </summary>
public sealed class EmailTemplatesRecipeStep(
    EmailKindCatalog kinds, EmailTemplateStore store, TenantDbContext db) : RecipeStep<EmailTemplatesStepData>
{
    public override string Name => "emailTemplates";

    public override int Order => 50;

    protected override async Task ValidateAsync(EmailTemplatesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (kind, wording) in Read(data, context.Files, context.AddError))
        {
            if (kinds.Find(kind) is not { } emailKind)
            {
                context.AddError($"Template '{kind}': no module sends this kind of email.");
                continue;
            }

            if (wording is null)
            {
                continue;
            }

            foreach (var problem in await EmailTemplateChecker.CheckAsync(emailKind, wording))
            {
                context.AddError($"Template '{kind}': {problem.Message}.");
            }
        }
    }

    protected override async Task ExecuteAsync(EmailTemplatesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (kind, wording) in Read(data, context.Files, _ => { }))
        {
            await store.PutAsync(kind, wording!, updatedBy: null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<EmailTemplatesStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        // An override for a kind no module sends any more would only make the import fail.
        var templates = (await store.ListAsync(cancellationToken)).Where(t => kinds.Find(t.Kind) is not null).ToList();
        if (templates.Count == 0)
        {
            return [];
        }

        return [new EmailTemplatesStepData
        {
            Templates = [.. templates.Select(t => new TemplateData { Kind = t.Kind, Subject = t.Subject, HtmlBody = t.HtmlBody, TextBody = t.TextBody })],
        }];
    }

    /// <summary>The step's templates by kind, with their wording (null when a part could not be read, which is then reported).</summary>
    private static List<(string Kind, EmailWording? Wording)> Read(EmailTemplatesStepData data, IRecipeFiles files, Action<string> report)
    {
        var templates = new List<(string, EmailWording?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var template in data.Templates)
        {
            position++;
            var kind = template.Kind;
            if (kind.Length == 0)
            {
                report($"Template {position} must be an object with a 'kind'.");
                continue;
            }

            if (!seen.Add(kind))
            {
                report($"Template '{kind}' is given twice.");
                continue;
            }

            var problems = new List<string>();
            var html = Part(template.HtmlBody, template.HtmlBodyFile, "htmlBody", files, problems);
            var text = Part(template.TextBody, template.TextBodyFile, "textBody", files, problems);
            foreach (var problem in problems)
            {
                report($"Template '{kind}': {problem}.");
            }

            templates.Add((kind, problems.Count == 0 ? new EmailWording(template.Subject, html!, text!).Normalised() : null));
        }

        return templates;
    }

    /// <summary>A body given inline (<c>htmlBody</c>) or as a file beside the recipe (<c>htmlBodyFile</c>); exactly one of them.</summary>
    private static string? Part(string? inline, string? path, string name, IRecipeFiles files, List<string> problems)
    {
        if (inline is not null && path is not null)
        {
            problems.Add($"give '{name}' or '{name}File', not both");
            return null;
        }

        if (path is null)
        {
            if (inline is null)
            {
                problems.Add($"it has no '{name}' or '{name}File'");
            }

            return inline;
        }

        try
        {
            if (!files.Exists(path))
            {
                problems.Add($"the file '{path}' is not beside the recipe");
                return null;
            }

            using var reader = new StreamReader(files.Open(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (ArgumentException exception)
        {
            problems.Add($"the file '{path}' cannot be read: {exception.Message}");
            return null;
        }
    }
}
