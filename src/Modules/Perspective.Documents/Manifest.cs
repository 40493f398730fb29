using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Documents",
    Category = "Documents",
    Description = "Secure document exchange between the LA and its schools. Built so far: encrypted file storage and file checks; sending, the inbox and read receipts follow.",
    Startup = typeof(Perspective.Documents.Startup))]
