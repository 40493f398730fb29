using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Tenants",
    Category = "Administration",
    Description = "Lets the platform administrator create, disable and delete Local Authorities' tenants, and LA administrators switch modules on and off.",
    Dependencies = ["Perspective.Recipes"],
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Tenants.Startup))]
