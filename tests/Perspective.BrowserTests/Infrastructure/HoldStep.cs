using Perspective.Core.Recipes;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>
/// Recipe step <c>test.hold</c>, in the browser tests' server only: it waits until the test lets it
/// go, so a test can look at a "still running" page without racing the work.
/// </summary>
public sealed class HoldStep : IRecipeStep
{
    /// <summary>Released once by a test for each run of a recipe holding this step.</summary>
    public static SemaphoreSlim Gate { get; } = new(0);

    public string Name => "test.hold";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!await Gate.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken))
        {
            throw new TimeoutException("The browser test never released the held recipe step.");
        }
    }
}
