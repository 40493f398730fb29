using System.Text;
using Perspective.Organisations.Import;

namespace Perspective.Tests.Modules.Organisations.Import;

public sealed class GiasCsvReaderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AFile_WithOrWithoutAByteOrderMark_ReadsTheSame(bool bom)
    {
        var result = GiasCsvReader.Read(GiasCsv.Stream(GiasCsv.File(GiasCsv.Row(100001, "2001", "Northby Primary School")), bom));

        Assert.Null(result.FileError);
        var row = Assert.Single(result.Rows);
        Assert.Equal((100001, "888", "Northshire", "2001", "Northby Primary School", "8882001"), (row.Urn, row.LaCode, row.LaName, row.EstablishmentNumber, row.Name, row.DfeNumber));
        Assert.Equal(("Community school", "Primary", "Open", "NS1 1AA", "Ann", "Head"), (row.Type, row.Phase, row.Status, row.Postcode, row.HeadFirstName, row.HeadLastName));
    }

    [Fact]
    public void QuotedCommas_AndApostrophes_AreKeptInTheName()
    {
        var csv = GiasCsv.File(
            GiasCsv.Row(100001, "2001", "St Mary's C of E Primary School"),
            GiasCsv.Row(100002, "2002", "Northby Primary School, Lower Site", status: "Open, but proposed to close"));

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Empty(result.Errors);
        Assert.Equal(["St Mary's C of E Primary School", "Northby Primary School, Lower Site"], result.Rows.Select(r => r.Name));
        Assert.Equal("Open, but proposed to close", result.Rows[1].Status);
        Assert.False(result.Rows[1].IsClosed);
    }

    [Fact]
    public void OddSpacing_InHeadersAndValues_AndBlankLines_AreForgiven()
    {
        var csv = " URN , LA (code) ,LA (name),EstablishmentNumber,  EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),EstablishmentStatus (name),Postcode,HeadFirstName,HeadLastName \r\n"
            + "\r\n"
            + " 100001 , 888 ,Northshire, 2001 ,  Northby Primary School  ,Community school,Primary,Open,NS1 1AA,Ann,Head\r\n"
            + "\r\n";

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Null(result.FileError);
        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal((100001, "2001", "Northby Primary School", 3), (row.Urn, row.EstablishmentNumber, row.Name, row.Line));
    }

    [Fact]
    public void ExtraColumns_AreKeptAsAttributes()
    {
        var csv = GiasCsv.Header + ",Town,NumberOfPupils,SchoolWebsite\r\n" + GiasCsv.Row(100001, "2001", "Northby Primary School") + ",Northby,210,\r\n";

        var row = Assert.Single(GiasCsvReader.Read(GiasCsv.Stream(csv)).Rows);

        Assert.Equal(new Dictionary<string, string> { ["NumberOfPupils"] = "210", ["SchoolWebsite"] = "", ["Town"] = "Northby" }, row.Attributes);
    }

    [Fact]
    public void MissingRequiredColumns_AreNamedInOneError_AndNoRowIsRead()
    {
        var csv = "URN,LA (code),EstablishmentName\r\n100001,888,Northby Primary School\r\n";

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Equal(
            "The file is missing the columns 'LA (name)', 'EstablishmentNumber', 'TypeOfEstablishment (name)', 'PhaseOfEducation (name)', 'EstablishmentStatus (name)', 'Postcode', 'HeadFirstName', 'HeadLastName'. Download the establishment fields from Get Information About Schools with their names unchanged",
            result.FileError);
        Assert.Empty(result.Rows);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void AnEmptyFile_IsRefused()
    {
        Assert.Equal("The selected file is empty", GiasCsvReader.Read(new MemoryStream()).FileError);
    }

    [Fact]
    public void ABinaryFile_IsRefused()
    {
        Assert.Equal("The selected file must be a CSV file", GiasCsvReader.Read(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])).FileError);
    }

    [Fact]
    public void BadRows_AreReportedByTheirLineInTheFile_AndTheGoodOnesKept()
    {
        var csv = GiasCsv.File(
            GiasCsv.Row(100001, "2001", "Good School"),
            GiasCsv.Row(12345, "2002", "Short URN School"),
            "100003,88,Northshire,2003,Short LA Code School,Community school,Primary,Open,NS1 1AA,Ann,Head",
            GiasCsv.Row(100004, "203", "Short Number School"),
            "",
            GiasCsv.Row(100005, "2005", ""),
            GiasCsv.Row(100001, "2006", "Duplicate School"),
            GiasCsv.Row(100007, "2007", "Another Good School"));

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Equal([100001, 100007], result.Rows.Select(r => r.Urn));
        Assert.Equal(
            [
                "Line 3: URN '12345' must be 6 digits",
                "Line 4: LA (code) '88' must be 3 digits",
                "Line 5: EstablishmentNumber '203' must be 4 digits",
                "Line 7: EstablishmentName is missing",
                "Line 8: URN 100001 is also on line 2",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LineNumbers_CountLineBreaksInsideQuotedValues()
    {
        var csv = GiasCsv.File(
            "100001,888,Northshire,2001,\"Two\nLine School\",Community school,Primary,Open,NS1 1AA,Ann,Head",
            GiasCsv.Row(1, "2002", "Bad School"));

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Equal("Line 4: URN '1' must be 6 digits", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void ARowWithAnUnquotedComma_IsReportedRatherThanMisread()
    {
        var csv = GiasCsv.File("100001,888,Northshire,2001,Northby School, Lower Site,Community school,Primary,Open,NS1 1AA,Ann,Head");

        var result = GiasCsvReader.Read(GiasCsv.Stream(csv));

        Assert.Empty(result.Rows);
        Assert.StartsWith("Line 2: it has 12 values but the header has 11 columns", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWindows1252File_AsGiasDownloadsAre_IsReadWithItsApostrophes()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(GiasCsv.File(GiasCsv.Row(100001, "2001", "St Anne\u2019s Primary School")));

        var row = Assert.Single(GiasCsvReader.Read(new MemoryStream(bytes)).Rows);

        Assert.Equal("St Anne\u2019s Primary School", row.Name);
    }
}
