using Perspective.Core.Security;

namespace Perspective.Roles.Definitions;

/// <summary>What each built-in role is for, until an LA admin words it their own way.</summary>
public static class BuiltInRoleDescriptions
{
    public static string For(string builtInRole) => builtInRole switch
    {
        BuiltInRoles.PlatformAdmin => "Creates Local Authorities' portals and looks after the platform.",
        BuiltInRoles.LaAdmin => "Looks after schools, users, roles, data returns, workflows, email templates and settings.",
        BuiltInRoles.LaEditor => "Publishes news, pages and results releases.",
        BuiltInRoles.LaOfficer => "Exchanges documents with schools, records visits and reviews returns.",
        BuiltInRoles.VirtualSchoolOfficer => "Exchanges information about Looked After Children.",
        BuiltInRoles.Headteacher => "The school's main account: everything for their school, and its other accounts.",
        BuiltInRoles.SchoolUser => "The school's second account: an administrator, data manager or executive head.",
        BuiltInRoles.SchoolStaff => "Staff of a school on the Full edition: self-evaluation, observations and performance management.",
        _ => "",
    };
}
