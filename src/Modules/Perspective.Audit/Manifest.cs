using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Audit",
    Category = "Administration",
    Description = "Shows the tenant's audit trail to LA administrators.",
    Startup = typeof(Perspective.Audit.Startup))]
