using System.Text.Json.Nodes;

namespace Perspective.Core.Recipes;

/// <summary>
/// A recipe step whose data is a typed record. The kernel binds the step's JSON to
/// <typeparamref name="TData"/> strictly (<see cref="RecipeStepData"/>): a property of the wrong
/// type, a missing required one or an unknown one is reported with the step, the property's path
/// and the problem, and the step's own checks then run on the record. Export works the other way:
/// the step returns records, which the kernel writes with the same options, so what is exported
/// always reads back.
/// </summary>
/// <typeparam name="TData">The step's data, without its <c>name</c>.</typeparam>
public abstract class RecipeStep<TData> : IRecipeStep, IRecipeExportSource
    where TData : class
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>Orders exported steps; lower first. Only steps that export anything need to choose.</summary>
    public virtual int Order => 1000;

    /// <summary>The step's own checks of data that bound. Reports problems through the context; writes nothing.</summary>
    protected abstract Task ValidateAsync(TData data, RecipeStepContext context, CancellationToken cancellationToken);

    /// <summary>Applies data that validated; see <see cref="IRecipeStep.ExecuteAsync"/>.</summary>
    protected abstract Task ExecuteAsync(TData data, RecipeStepContext context, CancellationToken cancellationToken);

    /// <summary>The tenant's configuration as steps of this kind; none by default (not every step is configuration).</summary>
    protected virtual Task<IReadOnlyList<TData>> ExportAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TData>>([]);

    async Task IRecipeStep.ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecipeStepData.Bind<TData>(context.Data, context.Index, context.AddError) is { } data)
        {
            await ValidateAsync(data, context, cancellationToken);
        }
    }

    Task IRecipeStep.ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = RecipeStepData.Bind<TData>(context.Data, context.Index, problem => throw new InvalidOperationException(problem))!;
        return ExecuteAsync(data, context, cancellationToken);
    }

    async Task<IReadOnlyList<JsonObject>> IRecipeExportSource.ExportStepsAsync(CancellationToken cancellationToken) =>
        [.. (await ExportAsync(cancellationToken)).Select(data => RecipeStepData.Write(Name, data))];
}
