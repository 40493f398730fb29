using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Recipes",
    Category = "Configuration",
    Description = "Reads, validates and runs recipes, lists the recipes shipped with the portal and exports a tenant's configuration as a recipe.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Recipes.Startup))]
