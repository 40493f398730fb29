using Perspective.Core.Cli;
using Perspective.Core.Tenants;
using Perspective.Users.Demo;
using Perspective.Web.Setup;

namespace Perspective.Web.Cli;

/// <summary><c>setup</c>: first-run setup without the browser. The password comes from a file, never the command line.</summary>
public static class SetupVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        var siteName = args.Required("site-name");
        var recipe = args.Required("recipe");
        var adminName = args.Optional("admin-name");
        if (string.IsNullOrWhiteSpace(adminName))
        {
            // Invitations read "Ann Admin has invited you": an email address there reads badly.
            throw new CliException("--admin-name is required: the administrator's full name, as people they invite will see it, like --admin-name \"Ann Admin\".");
        }

        var request = await SetupRequestReader.ReadAsync(siteName, recipe, adminName, args.Required("admin-email"), args.Required("admin-password-file"));
        var progress = new PrintedProgress<Perspective.Recipes.RecipeProgress>(p => $"Step {p.StepIndex} of {p.StepCount}: {p.StepName}");
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
