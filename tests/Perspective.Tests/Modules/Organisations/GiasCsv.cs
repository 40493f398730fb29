using System.Text;

namespace Perspective.Tests.Modules.Organisations;

/// <summary>Small GIAS files for tests: the required columns, then any extra ones, a row a school.</summary>
public static class GiasCsv
{
    public const string Header = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),EstablishmentStatus (name),Postcode,HeadFirstName,HeadLastName";

    /// <summary>One row in <see cref="Header"/>'s order.</summary>
    public static string Row(int urn, string establishmentNumber, string name, string phase = "Primary", string status = "Open", string type = "Community school", string postcode = "NS1 1AA", string head = "Ann,Head") =>
        $"{urn},888,Northshire,{establishmentNumber},{Quote(name)},{type},{phase},{Quote(status)},{postcode},{head}";

    public static string File(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    public static byte[] Bytes(string text, bool bom = true) =>
        bom ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static MemoryStream Stream(string text, bool bom = true) => new(Bytes(text, bom));

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
