using Perspective.Core.Security;

namespace Perspective.Documents;

public static class DocumentsPermissions
{
    /// <summary>Set up document categories: who sends and receives, two-factor, retention, file types.</summary>
    public static readonly Permission ManageDocumentCategories = new("ManageDocumentCategories", "Set up document categories");

    /// <summary>Send documents to schools and LA teams, within the categories whose sender roles one holds.</summary>
    public static readonly Permission SendDocuments = new("SendDocuments", "Send documents");

    /// <summary>Receive documents sent to one's own organisation, within the categories whose recipient roles one holds.</summary>
    public static readonly Permission ReceiveDocuments = new("ReceiveDocuments", "Receive documents");

    /// <summary>Send documents from one's school to an LA team, within the categories whose sender roles one holds.</summary>
    public static readonly Permission SendDocumentsToLa = new("SendDocumentsToLa", "Send documents to the local authority");
}
