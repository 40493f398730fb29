using Fluid;

namespace Perspective.Email.Liquid;

/// <summary>
/// The characters one render's filters and captures have made so far, kept in its context. Each
/// value is bounded on its own; this bounds them together, so a loop cannot keep thousands of
/// large values alive in a list.
/// </summary>
internal sealed class LiquidBudget(long max)
{
    private const string Key = "Perspective.Email.Liquid.Budget";

    private long _spent;

    public static LiquidBudget Of(TemplateContext context, LiquidLimits limits)
    {
        if (context.AmbientValues.TryGetValue(Key, out var existing) && existing is LiquidBudget budget)
        {
            return budget;
        }

        budget = new LiquidBudget(limits.MaxCharactersMade);
        context.AmbientValues[Key] = budget;
        return budget;
    }

    public void Spend(long characters)
    {
        _spent += characters;
        if (_spent > max)
        {
            throw new LiquidLimitException($"makes more than {max:N0} characters of text in all");
        }
    }
}
