using System.Text.Json.Nodes;

namespace Perspective.Core.Recipes;

/// <summary>
/// Handles one kind of recipe step, named by the step's <c>name</c>. A module registers its steps
/// as scoped services (<c>services.AddScoped&lt;IRecipeStep, MyStep&gt;()</c>); they run inside the
/// tenant the recipe is for.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step name this handles, e.g. <c>features</c>.</summary>
    string Name { get; }

    /// <summary>Checks the step's data and referenced files. Reports problems through the context; writes nothing.</summary>
    Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the step. Steps upsert by natural keys, so running a recipe twice changes nothing
    /// the second time. Called only after every step of the recipe has validated.
    /// </summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

/// <summary>One step as a handler sees it.</summary>
public sealed class RecipeStepContext(int index, JsonObject data, IRecipeFiles files, RecipeDeclarations? declarations = null)
{
    private readonly List<string> _errors = [];

    /// <summary>The step's position in the recipe, from 1.</summary>
    public int Index { get; } = index;

    /// <summary>The step's JSON, variables already substituted.</summary>
    public JsonObject Data { get; } = data;

    /// <summary>Files the recipe ships beside it (CSV, Liquid, Markdown), by path relative to the recipe.</summary>
    public IRecipeFiles Files { get; } = files;

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>
    /// What earlier steps of the same recipe will create, shared across the recipe's validation,
    /// so a step may name something an earlier step makes (a category naming a role the roles step
    /// defines) although nothing is written until every step has validated.
    /// </summary>
    public RecipeDeclarations Declarations { get; } = declarations ?? new RecipeDeclarations();

    public void AddError(string message) => _errors.Add(message);
}

/// <summary>Names that earlier steps of a recipe declare they will create, by kind (e.g. <see cref="Role"/>).</summary>
public sealed class RecipeDeclarations
{
    public const string Role = "role";

    private readonly HashSet<(string Kind, string Name)> _declared = [];

    public void Add(string kind, string name) => _declared.Add((kind, name));

    public IReadOnlySet<string> Of(string kind) => _declared.Where(d => d.Kind == kind).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Read access to the files that travel with a recipe.</summary>
public interface IRecipeFiles
{
    bool Exists(string relativePath);

    /// <summary>Opens a file; a path that leaves the recipe's folder is refused.</summary>
    Stream Open(string relativePath);
}

/// <summary>
/// Contributes steps to an export of the tenant's configuration. Exports carry configuration only:
/// never personal data or documents. Output must be deterministic (sorted), so exporting twice
/// gives the same file.
/// </summary>
public interface IRecipeExportSource
{
    /// <summary>Orders sources in the exported file; lower first (features come first, at 0).</summary>
    int Order { get; }

    Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken);
}
