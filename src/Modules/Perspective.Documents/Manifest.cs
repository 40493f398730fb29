using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Documents",
    Category = "Documents",
    Dependencies = ["Perspective.Files"],
    Description = "Secure document exchange between the LA and its schools: send one or many documents (bulk by school number), request files, read receipts and reminders, with checked, encrypted files and retention.",
    Startup = typeof(Perspective.Documents.Startup))]
