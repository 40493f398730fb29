using Perspective.Core.Cli;
using Perspective.Recipes;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Cli;

/// <summary><c>recipe validate|run PATH</c> and <c>recipe export</c>, for one tenant (the default unless <c>--tenant</c> says).</summary>
public static class RecipeVerbs
{
    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        var recipes = services.GetRequiredService<TenantRecipes>();
        switch (args.Positional)
        {
            case ["validate", var path]:
            {
                var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
                var result = await recipes.ValidateAsync(tenant, SourceFrom(path), values: null);
                return await ReportAsync(result, $"{path} is a valid recipe.");
            }

            case ["run", var path]:
            {
                var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
                var progress = new PrintedProgress<RecipeProgress>(p => $"Step {p.StepIndex} of {p.StepCount}: {p.StepName}");
                var result = await recipes.RunAsync(tenant, SourceFrom(path), values: null, progress);
                return await ReportAsync(result, $"{path} ran for tenant '{tenant.Name}'.");
            }

            case ["export"]:
            {
                var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
                await using var scope = services.GetRequiredService<TenantScopes>().CreateScope(tenant);
                var bytes = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
                if (args.Optional("output") is { } output)
                {
                    await File.WriteAllBytesAsync(output, bytes);
                    await Console.Out.WriteLineAsync($"Exported tenant '{tenant.Name}' to {output}.");
                }
                else
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await stdout.WriteAsync(bytes);
                }

                return 0;
            }

            default:
                throw new CliException("Use: recipe validate PATH | recipe run PATH | recipe export.");
        }
    }

    private static RecipeSource SourceFrom(string path) =>
        File.Exists(path) ? RecipeSource.FromFile(path) : throw new CliException($"There is no file '{path}'.");

    private static async Task<int> ReportAsync(RecipeResult result, string success)
    {
        if (result.Succeeded)
        {
            await Console.Out.WriteLineAsync(success);
            return 0;
        }

        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        return 2;
    }
}
