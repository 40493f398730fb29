using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Retention;

internal static class RetentionServices
{
    /// <summary>The job that deletes documents once their category's retention period is over.</summary>
    public static IServiceCollection AddDocumentRetention(this IServiceCollection services) => services;
}
