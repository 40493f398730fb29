using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;

namespace Perspective.Recipes.Pages;

[Authorize(Policy = "Permission:ExportConfiguration")]
public sealed class ExportConfigurationModel(IRecipeExporter exporter, IAuditLog audit) : PageModel
{
    public const string FileName = "configuration.recipe.json";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var recipe = await exporter.ExportAsync(cancellationToken);
        await audit.RecordNowAsync(RecipesEvents.Exported, objectType: "Recipe", objectId: FileName, cancellationToken: cancellationToken);
        return File(recipe, "application/json", FileName);
    }
}
