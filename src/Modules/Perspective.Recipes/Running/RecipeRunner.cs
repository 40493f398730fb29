using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Core.Recipes;

namespace Perspective.Recipes;

internal sealed class RecipeRunner(
    IEnumerable<IRecipeStep> handlers,
    ModuleCatalog modules,
    ContributedServices contributed,
    IModuleFeatures features,
    IModuleTables moduleTables,
    TenantDbContext db,
    ILogger<RecipeRunner> logger) : IRecipeRunner
{
    public async Task<RecipeResult> ValidateAsync(RecipeSource source, IReadOnlyDictionary<string, string>? values = null, CancellationToken cancellationToken = default)
    {
        var (result, _) = await PrepareAsync(source, values, cancellationToken);
        return result;
    }

    public async Task<RecipeResult> RunAsync(
        RecipeSource source,
        IReadOnlyDictionary<string, string>? values = null,
        IProgress<RecipeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var (result, steps) = await PrepareAsync(source, values, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        // A step writes the tables of the modules it belongs to, which may be switched on only by
        // this recipe: they are made first, outside the recipe's transaction, since migrations
        // take their own. A recipe that then fails leaves them empty, as a disabled module's.
        await moduleTables.CreateAsync(steps.SelectMany(s => s.Modules).Distinct(StringComparer.Ordinal), cancellationToken);

        // Join a transaction the caller already holds (it commits); otherwise own one.
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            foreach (var step in steps)
            {
                progress?.Report(new RecipeProgress(step.Index, steps.Count, step.Name));
                await ExecuteAsync(step, source, cancellationToken);
            }

            // Handlers that only added to the context (IAuditLog.Record) are saved with the rest.
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // The transaction rolls back when disposed uncommitted; forget what the context still
            // tracks so a later SaveChanges in this scope cannot write half a recipe.
            db.ChangeTracker.Clear();
            throw;
        }

        logger.LogInformation("Recipe {Recipe} ran {StepCount} steps.", result.Recipe?.Name, steps.Count);
        return result;
    }

    private async Task ExecuteAsync(PreparedStep step, RecipeSource source, CancellationToken cancellationToken)
    {
        // Validation allowed a module that an earlier step was to switch on; check it really is.
        if (step.Modules.FirstOrDefault(m => !features.IsEnabled(m)) is { } module)
        {
            throw new RecipeStepException(step.Index, step.Name, new InvalidOperationException($"The module {module} is not enabled for this tenant."));
        }

        try
        {
            await step.Handler.ExecuteAsync(new RecipeStepContext(step.Index, step.Data, source.Files), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new RecipeStepException(step.Index, step.Name, exception);
        }
    }

    private async Task<(RecipeResult Result, List<PreparedStep> Steps)> PrepareAsync(
        RecipeSource source, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<string>();
        var steps = new List<PreparedStep>();

        byte[] json;
        try
        {
            json = await source.ReadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"The recipe '{source.Name}' could not be read: {exception.Message}");
            return (new RecipeResult(null, errors), steps);
        }

        var document = RecipeReader.Read(json, errors);
        if (document is null)
        {
            return (new RecipeResult(null, errors), steps);
        }

        var variables = new Dictionary<string, string>(document.Info.Variables, StringComparer.Ordinal);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var stepHandlers = new RecipeStepHandlers(handlers, modules, contributed, features);
        var declarations = new RecipeDeclarations();
        foreach (var entry in document.Steps.Where(s => s.Name is not null && s.Data is not null))
        {
            var prepared = await PrepareStepAsync(entry, variables, stepHandlers, source.Files, declarations, errors, cancellationToken);
            if (prepared is not null)
            {
                steps.Add(prepared);
            }
        }

        return (new RecipeResult(document.Info, errors), steps);
    }

    private static async Task<PreparedStep?> PrepareStepAsync(
        RecipeStepEntry entry,
        Dictionary<string, string> variables,
        RecipeStepHandlers stepHandlers,
        IRecipeFiles files,
        RecipeDeclarations declarations,
        List<string> errors,
        CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var data = RecipeVariables.Substitute(entry.Data!, variables, problems);
        var (handler, missing) = stepHandlers.Find(entry.Name!);
        if (missing is not null)
        {
            problems.Add(missing);
        }

        // A handler checks its data only once placeholders are resolved: it would otherwise
        // complain about "{{ siteName }}" as if it were the value.
        if (handler is not null && problems.Count == 0)
        {
            var context = new RecipeStepContext(entry.Index, (JsonObject)data.DeepClone(), files, declarations);
            try
            {
                await handler.ValidateAsync(context, cancellationToken);
                problems.AddRange(context.Errors);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or JsonException)
            {
                // A refused file path, or data of the wrong type that the handler read without checking.
                problems.AddRange(context.Errors);
                problems.Add(exception.Message);
            }
        }

        errors.AddRange(problems.Select(p => $"{entry.Label}: {p}"));
        if (problems.Count > 0)
        {
            return null;
        }

        stepHandlers.After(handler!, data);
        return new PreparedStep(entry.Index, entry.Name!, data, handler!, stepHandlers.ModulesOf(handler!));
    }

    private sealed record PreparedStep(int Index, string Name, JsonObject Data, IRecipeStep Handler, IReadOnlyList<string> Modules);
}
