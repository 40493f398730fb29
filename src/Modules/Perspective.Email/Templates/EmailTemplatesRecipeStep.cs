using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    EmailKindCatalog kinds, EmailTemplateStore store, TenantDbContext db) : IRecipeStep, IRecipeExportSource
{
    public string Name => "emailTemplates";

    public int Order => 50;

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (kind, wording) in Read(context, report: true))
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

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (kind, wording) in Read(context, report: false))
        {
            await store.PutAsync(kind, wording!, updatedBy: null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        // An override for a kind no module sends any more would only make the import fail.
        var templates = (await store.ListAsync(cancellationToken)).Where(t => kinds.Find(t.Kind) is not null).ToList();
        if (templates.Count == 0)
        {
            return [];
        }

        var array = new JsonArray();
        foreach (var template in templates)
        {
            array.Add(new JsonObject
            {
                ["kind"] = template.Kind,
                ["subject"] = template.Subject,
                ["htmlBody"] = template.HtmlBody,
                ["textBody"] = template.TextBody,
            });
        }

        return [new JsonObject { ["name"] = Name, ["templates"] = array }];
    }

    /// <summary>The step's templates by kind, with their wording (null when a part could not be read, which is then reported).</summary>
    private static List<(string Kind, EmailWording? Wording)> Read(RecipeStepContext context, bool report)
    {
        var templates = new List<(string, EmailWording?)>();
        if (context.Data["templates"] is not JsonArray array)
        {
            Report("'templates' must be an array of templates.");
            return templates;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var item in array)
        {
            position++;
            if (item is not JsonObject template || Text(template, "kind") is not { Length: > 0 } kind)
            {
                Report($"Template {position} must be an object with a 'kind'.");
                continue;
            }

            if (!seen.Add(kind))
            {
                Report($"Template '{kind}' is given twice.");
                continue;
            }

            var problems = new List<string>();
            var subject = Text(template, "subject");
            if (subject is null)
            {
                problems.Add("it has no 'subject'");
            }

            var html = Part(template, "htmlBody", context.Files, problems);
            var text = Part(template, "textBody", context.Files, problems);
            foreach (var problem in problems)
            {
                Report($"Template '{kind}': {problem}.");
            }

            templates.Add((kind, problems.Count == 0 ? new EmailWording(subject!, html!, text!).Normalised() : null));
        }

        return templates;

        void Report(string message)
        {
            if (report)
            {
                context.AddError(message);
            }
        }
    }

    /// <summary>A body given inline (<c>htmlBody</c>) or as a file beside the recipe (<c>htmlBodyFile</c>); exactly one of them.</summary>
    private static string? Part(JsonObject template, string name, IRecipeFiles files, List<string> problems)
    {
        var inline = Text(template, name);
        var path = Text(template, name + "File");
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

    /// <summary>A string property; a property of another type counts as missing, and is reported as such.</summary>
    private static string? Text(JsonObject template, string name) =>
        template[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
