using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Tenants;
using Perspective.Email.Outbox;
using Perspective.Email.Templates;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Email.Templates;

/// <summary>
/// A host that also knows a test kind of email with variables (the modules' own kinds may have
/// none), and sends nothing in the background, so the outbox stays as the test left it.
/// </summary>
public sealed class TemplatesFactory : PerspectiveFactory
{
    public const string Welcome = "tests.welcome";

    /// <summary>A kind with two variables; the name's sample is hostile HTML, to show encoding.</summary>
    public static readonly EmailKind WelcomeKind = new(
        Welcome,
        "Welcome",
        "Welcomes someone to the portal.",
        IsSecurity: false,
        DefaultSubject: "Welcome to {{ site_name }}, {{ name }}",
        DefaultHtmlBody: "<p>Hello {{ name }}.</p><p><a href=\"{{ link }}\">Start here</a></p>",
        DefaultTextBody: "Hello {{ name }}.\n\nStart here: {{ link }}",
        Variables:
        [
            new("name", "The person's name", "<b>Hetty</b> & Co"),
            new("link", "Where they start", "https://portal.example/start"),
        ]);

    public Task<List<EmailTemplate>> TemplatesAsync(string? tenantName = null) =>
        this.QueryAsync(db => db.Set<EmailTemplate>().OrderBy(t => t.Kind).ToListAsync(), tenantName);

    public Task<List<OutboxEmail>> OutboxAsync() => this.OutboxEmailsAsync();

    /// <summary>Queues a kind through the real outbox, as a module would, and returns the stored message.</summary>
    public async Task<OutboxEmail> QueueAsync(string kind, IReadOnlyDictionary<string, string> values)
    {
        await using (var scope = await this.TenantScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().QueueAsync(kind, new EmailRecipient("someone@school.test"), values);
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        }

        return (await OutboxAsync())[^1];
    }

    public async Task<RecipeResult> RunRecipeAsync(RecipeSource source, string? tenantName = null)
    {
        var tenant = (await Services.GetRequiredService<ITenantCatalog>().FindAsync(tenantName ?? TenantName))!;
        return await Services.GetRequiredService<TenantRecipes>().RunAsync(tenant, source, values: null);
    }

    public Task<RecipeResult> RunRecipeAsync(string json, string? tenantName = null) =>
        RunRecipeAsync(RecipeSource.FromJson("test.recipe.json", json), tenantName);

    public async Task<byte[]> ExportAsync(string? tenantName = null)
    {
        await using var scope = await this.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perspective:Email:SenderEnabled", "false");
        // The catalogue takes kinds registered as services besides the modules' own.
        builder.ConfigureServices(services => services.AddSingleton(WelcomeKind));
    }
}
