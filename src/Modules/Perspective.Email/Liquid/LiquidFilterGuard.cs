using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Perspective.Email.Liquid;

/// <summary>
/// Wraps every filter so that what it makes stays within the limits: before it runs, the filters
/// whose result can be far larger than their input (<c>join</c>, <c>replace</c>, <c>json</c>) are
/// refused when their result would be too long; after it runs, any value or list too large is
/// refused, and its characters are counted against the render's <see cref="LiquidBudget"/>.
/// </summary>
internal static partial class LiquidFilterGuard
{
    public static void GuardAll(FilterCollection filters, LiquidLimits limits)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, Guarded(name, filter, limits));
        }
    }

    private static FilterDelegate Guarded(string name, FilterDelegate filter, LiquidLimits limits) =>
        async (input, arguments, context) =>
        {
            if (EstimatedLength(name, input, arguments, limits) > limits.MaxStringLength)
            {
                throw TooLong(name, limits);
            }

            var result = await filter(input, arguments, context);
            switch (result)
            {
                case StringValue text:
                    var length = text.ToStringValue().Length;
                    if (length > limits.MaxStringLength)
                    {
                        throw TooLong(name, limits);
                    }

                    LiquidBudget.Of(context, limits).Spend(length);
                    break;
                case ArrayValue list:
                    if (list.Values.Count > limits.MaxListLength)
                    {
                        throw new LiquidLimitException($"makes a list of more than {limits.MaxListLength:N0} items with the '{name}' filter");
                    }

                    LiquidBudget.Of(context, limits).Spend(list.Values.Count);
                    break;
            }

            return result;
        };

    /// <summary>The most characters the filter could make, for the filters that can make far more than they are given; else 0.</summary>
    private static long EstimatedLength(string name, FluidValue input, FilterArguments arguments, LiquidLimits limits) => name switch
    {
        "join" => input is ArrayValue list
            ? TextLength(list, limits) + ((long)list.Values.Count * arguments.At(0).ToStringValue().Length)
            : 0,
        "replace" or "replace_first" or "replace_last" => Replaced(input.ToStringValue(), arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue()),
        // JSON escapes each character in at most six.
        "json" => 6 * TextLength(input, limits),
        // Their formats may pad to any width: "%999999999n", "{0,999999999}", "N999999999".
        "date" or "format_date" or "format_number" or "format_string" => Formatted(input, arguments),
        _ => 0,
    };

    /// <summary>The text of the input and arguments plus every number written in them, as a width or precision could pad to it.</summary>
    private static long Formatted(FluidValue input, FilterArguments arguments)
    {
        var total = 0L;
        foreach (var text in Enumerable.Range(0, arguments.Count).Select(arguments.At).Prepend(input).Select(v => v.ToStringValue()))
        {
            total += text.Length;
            foreach (Match number in DigitRun().Matches(text))
            {
                total += number.Length > 10 ? int.MaxValue : long.Parse(number.Value, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    /// <summary>Every occurrence of <paramref name="search"/> replaced: the longest <c>replace</c> could make.</summary>
    private static long Replaced(string input, string search, string replacement)
    {
        var occurrences = search.Length == 0 ? input.Length + 1 : input.Length / search.Length;
        return input.Length + ((long)occurrences * Math.Max(0, replacement.Length - search.Length));
    }

    /// <summary>The characters of a value and of every item in it, stopping once past the limit.</summary>
    private static long TextLength(FluidValue value, LiquidLimits limits)
    {
        if (value is not ArrayValue list)
        {
            return value is StringValue or NumberValue ? value.ToStringValue().Length : 0;
        }

        var total = 0L;
        foreach (var item in list.Values)
        {
            total += TextLength(item, limits) + 1;
            if (total > limits.MaxStringLength)
            {
                break;
            }
        }

        return total;
    }

    private static LiquidLimitException TooLong(string filter, LiquidLimits limits) =>
        new($"makes a piece of text longer than {limits.MaxStringLength:N0} characters with the '{filter}' filter");

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
