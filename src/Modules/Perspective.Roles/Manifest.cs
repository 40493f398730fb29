using Perspective.Core.Modules;

[assembly: Module(
    Name = "Perspective.Roles",
    Category = "Security",
    Description = "Roles as data: LA admins choose which permissions each role holds, and add roles of their own.",
    AlwaysEnabled = true,
    Startup = typeof(Perspective.Roles.Startup))]
