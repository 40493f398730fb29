using System.Text.Json;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Recipes;

// Real step handlers, registered only in the test host (RecipesFactory).

/// <summary><c>{ "name": "record", "message": "..." }</c>: writes the message to the journal.</summary>
public sealed class RecordStep(StepJournal journal) : IRecipeStep
{
    public string Name => "record";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Data["message"]?.GetValueKind() != JsonValueKind.String)
        {
            context.AddError("message is required");
        }

        return Task.CompletedTask;
    }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        journal.Add($"{context.Index}:{context.Data["message"]!.GetValue<string>()}");
        return Task.CompletedTask;
    }
}

/// <summary><c>{ "name": "file", "path": "..." }</c>: checks the file travels with the recipe, then journals its text.</summary>
public sealed class ReadFileStep(StepJournal journal) : IRecipeStep
{
    public string Name => "file";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var path = context.Data["path"]!.GetValue<string>();
        if (!context.Files.Exists(path))
        {
            context.AddError($"the file '{path}' is not in the recipe");
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Files.Open(context.Data["path"]!.GetValue<string>()));
        journal.Add($"{context.Index}:{(await reader.ReadToEndAsync(cancellationToken)).Trim()}");
    }
}

/// <summary><c>{ "name": "audit" }</c>: writes an audit event to the tenant database straight away.</summary>
public sealed class AuditStep(IAuditLog audit, TenantDbContext db) : IRecipeStep
{
    public static readonly string Action = TestEvents.RecipeStep.Name;

    public string Name => "audit";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        audit.Record(TestEvents.RecipeStep, objectId: context.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary><c>{ "name": "fail" }</c>: valid, but throws when it runs.</summary>
public sealed class FailStep : IRecipeStep
{
    public string Name => "fail";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test step failed on purpose.");
}
