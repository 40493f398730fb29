namespace Perspective.Recipes;

/// <summary>Reported before each step runs: step <see cref="StepIndex"/> (from 1) of <see cref="StepCount"/>.</summary>
public sealed record RecipeProgress(int StepIndex, int StepCount, string StepName);
