using Perspective.Core.Tenants;
using Perspective.Users.Demo;
using Perspective.Web.Setup;

namespace Perspective.Web.Cli;

/// <summary><c>setup</c>: first-run setup without the browser. The password comes from a file, never the command line.</summary>
public static class SetupVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        var request = await SetupRequestReader.ReadAsync(
            args.Required("site-name"), args.Required("recipe"), args.Optional("admin-name"), args.Required("admin-email"), args.Required("admin-password-file"));
        var progress = new Progress<Perspective.Recipes.RecipeProgress>(p => Console.WriteLine($"Step {p.StepIndex} of {p.StepCount}: {p.StepName}"));
        var problems = await services.GetRequiredService<SetupService>().SetUpAsync(request, progress);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            return 1;
        }

        await Console.Out.WriteLineAsync($"The portal is set up. {request.AdminEmail} can now sign in.");
        await DemoAccountsConsole.WriteAsync(Console.Out, services.GetRequiredService<DemoPasswords>().Take(Tenant.DefaultName));
        return 0;
    }
}
