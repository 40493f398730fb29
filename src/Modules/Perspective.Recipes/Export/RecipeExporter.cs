using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perspective.Core.Modules;
using Perspective.Core.Recipes;

namespace Perspective.Recipes;

/// <summary>
/// Assembles the steps of the sources whose modules are on into a recipe (a module switched off
/// for the tenant may never have had its tables made, ADR-016). What goes in (and that no personal
/// data does) is each source's business.
/// </summary>
internal sealed class RecipeExporter(IEnumerable<IRecipeExportSource> sources, ContributedServices contributed, ModuleCatalog modules, IModuleFeatures features)
    : IRecipeExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Fixed, so a file exported on Windows and on Linux is the same.
        NewLine = "\n",
        // The file is a download, never inlined in a page, so HTML-sensitive characters can stay as
        // they are and templates in steps remain readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken = default)
    {
        var steps = new List<JsonObject>();
        foreach (var source in sources.Where(IsOn).OrderBy(s => s.Order).ThenBy(s => s.GetType().FullName, StringComparer.Ordinal))
        {
            foreach (var step in await source.ExportStepsAsync(cancellationToken))
            {
                steps.Add(Check(step, source));
            }
        }

        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("name", "export");
            writer.WriteString("displayName", "Exported configuration");
            // Nothing names the tenant, so the file imports anywhere and two tenants with the same
            // configuration export the same bytes.
            writer.WriteString("description", "A Local Authority's configuration, exported from Perspective.");
            writer.WriteString("version", "1");
            writer.WriteBoolean("isSetupRecipe", false);
            writer.WriteStartArray("steps");
            foreach (var step in steps)
            {
                WriteStep(writer, step);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // The modules of the startup that registered the source, else its assembly's; none for the host's own.
    private bool IsOn(IRecipeExportSource source)
    {
        var type = source.GetType();
        var required = contributed.RequiredModulesOf(type)
            ?? modules.Modules.Where(m => m.Assembly == type.Assembly).Select(m => m.Name).ToList();
        return required.All(features.IsEnabled);
    }

    private static JsonObject Check(JsonObject step, IRecipeExportSource source) =>
        step.TryGetPropertyValue("name", out var name) && name?.GetValueKind() == JsonValueKind.String && name.GetValue<string>().Length > 0
            ? step
            : throw new InvalidOperationException($"{source.GetType().FullName} exported a step without a string name.");

    /// <summary>The step's name first, then its data in the source's order, with literal '{{' escaped so that import gives it back.</summary>
    private static void WriteStep(Utf8JsonWriter writer, JsonObject step)
    {
        var escaped = RecipeVariables.Escape(step);
        writer.WriteStartObject();
        writer.WriteString("name", step["name"]!.GetValue<string>());
        foreach (var (key, value) in escaped.Where(p => p.Key != "name"))
        {
            writer.WritePropertyName(key);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
