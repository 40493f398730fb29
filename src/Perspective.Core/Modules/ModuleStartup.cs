using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Navigation;
using Perspective.Core.Security;

namespace Perspective.Core.Modules;

/// <summary>
/// What a module contributes to the host. Each module has exactly one, named in its manifest.
/// Every member is optional; the host calls them in dependency order.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Registers the module's services.</summary>
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Adds the module's entity configurations to a data model (its own context's, and the kernel's while it still maps them).</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>
    /// The module's own tables, context and migrations history, or null for a module without tables.
    /// Its tables are created the first time a tenant enables it and kept when it is disabled.
    /// </summary>
    public virtual Data.ModuleData? Data => null;

    /// <summary>
    /// Maps endpoints other than Razor Pages (pages are found by convention in the module's area).
    /// The builder tags every endpoint with the module so a disabled module answers 404.
    /// </summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>The permissions the module checks, each with the built-in roles that hold it by default.</summary>
    public virtual IEnumerable<PermissionDeclaration> Permissions => [];

    /// <summary>The events the module publishes: name, version, payload, whether audited, and what each means.</summary>
    public virtual IEnumerable<Events.EventDescriptor> Events => [];

    /// <summary>The kinds of email the module sends, with their default wording.</summary>
    public virtual IEnumerable<Email.EmailKind> EmailKinds => [];

    /// <summary>
    /// Commands the module adds to the host's command line. The host lists them in <c>--help</c> and
    /// runs them unless the module is switched off for the whole deployment.
    /// </summary>
    public virtual IEnumerable<CliVerb> CliVerbs => [];

    /// <summary>Adds the module's entries to the admin menu.</summary>
    public virtual void BuildAdminMenu(MenuBuilder menu)
    {
    }
}
