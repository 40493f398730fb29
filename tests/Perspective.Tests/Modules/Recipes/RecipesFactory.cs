using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Recipes;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Recipes;

/// <summary>
/// The real host with the test steps of TestSteps.cs registered as any module would
/// register its own, plus whatever export sources a test adds.
/// </summary>
public sealed class RecipesFactory : PerspectiveFactory
{
    /// <summary>What the test steps did, in order; one per host, emptied for each tenant <see cref="PerspectiveFactory.UseFreshTenantAsync"/> makes, so one per test.</summary>
    public StepJournal Journal { get; } = new();

    /// <summary>Services a test adds to the host, such as export sources.</summary>
    public Action<IServiceCollection>? Configure { get; init; }

    public async Task<RecipeResult> ValidateAsync(RecipeSource source, IReadOnlyDictionary<string, string>? values = null)
    {
        await using var scope = await this.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().ValidateAsync(source, values);
    }

    public async Task<RecipeResult> RunAsync(RecipeSource source, IReadOnlyDictionary<string, string>? values = null, IProgress<RecipeProgress>? progress = null)
    {
        await using var scope = await this.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(source, values, progress);
    }

    public async Task<byte[]> ExportAsync()
    {
        await using var scope = await DefaultTenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
    }

    /// <summary>A scope working for the default tenant, as a job outside a request would have.</summary>
    public async Task<AsyncServiceScope> DefaultTenantScopeAsync()
    {
        var tenant = await Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName);
        return Services.GetRequiredService<TenantScopes>().CreateScope(tenant!);
    }

    protected override Task SeedTenantAsync(string tenantName)
    {
        Journal.Clear();
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Journal);
            services.AddScoped<IRecipeStep, RecordStep>();
            services.AddScoped<IRecipeStep, ReadFileStep>();
            services.AddScoped<IRecipeStep, AuditStep>();
            services.AddScoped<IRecipeStep, FailStep>();
            Configure?.Invoke(services);
        });
    }
}

/// <summary>What the test steps did, in order.</summary>
public sealed class StepJournal : IProgress<RecipeProgress>
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);

    public void Clear() => _entries.Clear();

    /// <summary>Progress goes in the same journal, synchronously, so a test sees it came before its step.</summary>
    public void Report(RecipeProgress value) => Add($"progress {value.StepIndex}/{value.StepCount} {value.StepName}");
}
