using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Perspective.Email.Sending;

public static class ProviderAdministrationServices
{
    /// <summary>Services for the provider settings page, the GOV.UK Notify provider and the outbox page.</summary>
    public static IServiceCollection AddEmailProviderAdministration(this IServiceCollection services)
    {
        services.AddOptions<NotifyOptions>()
            .BindConfiguration("Perspective:Email")
            .Validate(options => options.IsValid, "Perspective:Email:NotifyBaseUrl must be an absolute http or https address and NotifyTimeout positive.")
            .ValidateOnStart();
        services.AddHttpClient(NotifyEmailProvider.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<NotifyOptions>>().Value.NotifyTimeout);
        // Scoped, unlike the other providers: it reads the tenant's template ids when a batch starts.
        services.AddScoped<IEmailProvider, NotifyEmailProvider>();
        return services;
    }
}
