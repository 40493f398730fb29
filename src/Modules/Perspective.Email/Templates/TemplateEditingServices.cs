using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Recipes;

namespace Perspective.Email.Templates;

public static class TemplateEditingServices
{
    /// <summary>Services for checking, previewing and storing LA admins' templates, and the <c>emailTemplates</c> recipe step.</summary>
    public static IServiceCollection AddEmailTemplateEditing(this IServiceCollection services)
    {
        services.AddScoped<EmailTemplateStore>();
        return services.AddRecipeStepWithExport<EmailTemplatesRecipeStep>();
    }
}
