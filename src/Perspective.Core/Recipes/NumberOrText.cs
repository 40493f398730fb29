using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perspective.Core.Recipes;

/// <summary>
/// A value a recipe may give as a JSON number or as text (a URN: <c>100001</c> or <c>"100001"</c>),
/// kept as the text, and written back as it was given.
/// </summary>
[JsonConverter(typeof(NumberOrTextConverter))]
public readonly record struct NumberOrText(string Text, bool IsNumber)
{
    public static NumberOrText Of(long number) => new(number.ToString(CultureInfo.InvariantCulture), IsNumber: true);

    public static NumberOrText Of(string text) => new(text, IsNumber: false);

    public override string ToString() => Text;
}

/// <summary>Reads and writes <see cref="NumberOrText"/>; anything but a number or a string is refused.</summary>
public sealed class NumberOrTextConverter : JsonConverter<NumberOrText>
{
    public override NumberOrText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => NumberOrText.Of(reader.GetString()!.Trim()),
        JsonTokenType.Number => reader.TryGetInt64(out var whole)
            ? NumberOrText.Of(whole)
            : new NumberOrText(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), IsNumber: true),
        _ => throw new JsonException("Expected a number or text."),
    };

    public override void Write(Utf8JsonWriter writer, NumberOrText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsNumber)
        {
            writer.WriteRawValue(value.Text);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
