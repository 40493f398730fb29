namespace Perspective.Core.Security;

/// <summary>The roles every tenant starts with. LA admins may change what each holds.</summary>
public static class BuiltInRoles
{
    public const string PlatformAdmin = "Platform admin";
    public const string LaAdmin = "LA admin";
    public const string LaEditor = "LA editor";
    public const string LaOfficer = "LA officer";
    public const string VirtualSchoolOfficer = "Virtual School officer";
    public const string Headteacher = "Headteacher";
    public const string SchoolUser = "School user";
    public const string SchoolStaff = "School staff";

    public static IReadOnlyList<string> All { get; } =
        [PlatformAdmin, LaAdmin, LaEditor, LaOfficer, VirtualSchoolOfficer, Headteacher, SchoolUser, SchoolStaff];
}
