using Perspective.Core.Modules;

[assembly: Module(
    Name = Perspective.Files.Startup.ModuleName,
    Category = "Files",
    Description = "Files for every module: the blob store, encryption at rest with the tenant key ring, streamed uploads, type and zip checks, virus scanning and safe file names.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Files.Startup))]
