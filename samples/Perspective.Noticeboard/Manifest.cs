using Perspective.Core.Modules;

[assembly: Module(
    Name = Perspective.Noticeboard.Startup.ModuleName,
    Category = "Samples",
    Description = "A noticeboard where LA officers pin short notices for their colleagues; the worked example of docs/writing-a-module.md.",
    Startup = typeof(Perspective.Noticeboard.Startup))]

[assembly: ModuleIntegration(typeof(Perspective.Noticeboard.Integrations.AuditIntegration), RequiresModules = ["Perspective.Audit"])]
