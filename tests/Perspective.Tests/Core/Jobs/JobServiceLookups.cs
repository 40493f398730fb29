using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Jobs;

namespace Perspective.Tests.Core.Jobs;

internal static class JobServiceLookups
{
    public static IFailedJobs GetFailedJobs(this IServiceProvider services) => services.GetRequiredService<IFailedJobs>();
}
