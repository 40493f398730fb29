using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Email",
    Category = "Communication",
    Description = "Sends every email through a durable outbox, by SMTP, a pickup folder or GOV.UK Notify, with wording LA admins edit.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Email.Startup))]
