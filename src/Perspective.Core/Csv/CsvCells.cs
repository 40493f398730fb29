using System.Text;

namespace Perspective.Core.Csv;

/// <summary>
/// CSV cells that a spreadsheet opens as text: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return gets a leading apostrophe so it is never run as a formula
/// (CSV injection), and cells are quoted as RFC 4180 asks.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    public static string Line(params string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Cell(values[i]));
        }

        return line.Append("\r\n").ToString();
    }
}
