using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Organisations",
    Category = "Administration",
    Description = "Schools and LA teams: GIAS import, editions and account limits, and groups of schools for targeting.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Organisations.Startup))]
