namespace Perspective.Recipes;

/// <summary>
/// A step threw while running. Nothing the recipe did to the tenant's database is kept; the
/// handler's exception is the inner exception.
/// </summary>
public sealed class RecipeStepException : Exception
{
    public RecipeStepException()
    {
    }

    public RecipeStepException(string message)
        : base(message)
    {
    }

    public RecipeStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipeStepException(int stepIndex, string stepName, Exception innerException)
        : base($"Step {stepIndex} ({stepName}) failed: {innerException?.Message} Nothing the recipe changed has been kept.", innerException)
    {
        StepIndex = stepIndex;
        StepName = stepName;
    }

    public int StepIndex { get; }

    public string StepName { get; } = "";
}
