using Perspective.Core.Security;

namespace Perspective.Documents;

public static class DocumentsPermissions
{
    /// <summary>Set up document categories: who sends and receives, two-factor, retention, file types.</summary>
    public static readonly Permission ManageDocumentCategories = new("ManageDocumentCategories", "Set up document categories");
}
