using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Users",
    Category = "Security",
    Description = "Sign-in and sign-out. Accounts, invitations and two-factor follow in this module.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Users.Startup))]
