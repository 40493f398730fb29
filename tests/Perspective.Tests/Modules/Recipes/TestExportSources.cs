using System.Text.Json.Nodes;
using Perspective.Core.Recipes;

namespace Perspective.Tests.Modules.Recipes;

// Export sources registered only in the test host, named so that type-name order is visible.

public sealed class LaterExportSource : IRecipeExportSource
{
    public int Order => 20;

    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonObject>>([new JsonObject { ["name"] = "test-later" }]);
}

public sealed class ZuluExportSource : IRecipeExportSource
{
    public int Order => 10;

    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonObject>>(
        [
            // The name comes last here: the exporter writes it first all the same.
            new JsonObject { ["subject"] = "Hello {{ Model.Name }}", ["count"] = 3, ["name"] = "test-zulu" },
        ]);
}

public sealed class AlphaExportSource : IRecipeExportSource
{
    public int Order => 10;

    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonObject>>([new JsonObject { ["name"] = "test-alpha-1" }, new JsonObject { ["name"] = "test-alpha-2" }]);
}

/// <summary>Exports a step the test host can run, holding a template, to show an export imports again.</summary>
public sealed class TemplateExportSource : IRecipeExportSource
{
    public int Order => 0;

    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonObject>>([new JsonObject { ["name"] = "record", ["message"] = "Dear {{ Model.Name }}" }]);
}
