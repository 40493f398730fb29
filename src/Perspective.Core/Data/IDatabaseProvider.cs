using Microsoft.EntityFrameworkCore;

namespace Perspective.Core.Data;

/// <summary>A database engine the tenant context can use; each lives in its own project with its own migrations.</summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects this provider.</summary>
    string Name { get; }

    void Configure(DbContextOptionsBuilder options, string connectionString);
}
