using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Jobs;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Email.Outbox;
using Perspective.Email.Sending;
using Perspective.Email.Templates;

namespace Perspective.Email;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration("Perspective:Email")
            .Configure<DataFolders>((options, folders) =>
            {
                if (options.PickupFolder.Length == 0)
                {
                    options.PickupFolder = Path.Combine(folders.Root, "Mail");
                }
            });
        services.AddSingleton<EmailKindCatalog>();
        services.AddScoped<IEmailRenderer, LiquidEmailRenderer>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<OutboxProtection>();
        services.AddScoped<OutboxDrainer>();
        services.AddScoped<DigestRound>();
        services.AddScoped<OutboxAdministration>();
        services.AddSingleton<IEmailProvider, SmtpEmailProvider>();
        services.AddSingleton<IEmailProvider, PickupFolderEmailProvider>();
        services.AddRecurringTenantJob<OutboxSendJob>(OutboxSendJob.Name, "Perspective.Email", sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value is { SenderEnabled: true } options ? RecurringSchedule.Every(options.PollInterval) : null);
        services.AddEmailTemplateEditing();
        services.AddEmailProviderAdministration();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new EmailTemplateConfiguration());
    }

    public override ModuleData Data => Perspective.Email.Data.EmailDbContext.Data;

    public override IEnumerable<EmailKind> EmailKinds => [EmailKindsOfThisModule.Test, EmailKindsOfThisModule.Digest];

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => EmailEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(EmailPermissions.ManageEmail, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) => menu
        .Add("Email templates", "/admin/email/templates", EmailPermissions.ManageEmail, position: 500)
        .Add("Email settings", "/admin/email/settings", EmailPermissions.ManageEmail, position: 510)
        .Add("Email outbox", "/admin/email/outbox", EmailPermissions.ManageEmail, position: 520);
}
