using Perspective.Core.Organisations;
using Perspective.Documents.Matching;

namespace Perspective.Tests.Modules.Documents.Matching;

public sealed class BulkFileMatcherTests
{
    private static readonly OrganisationInfo Oak = School("school-100001", "Oak Primary", 100001, "8882001");
    private static readonly OrganisationInfo Elm = School("school-100002", "Elm Academy", 100002, "8882002");
    private static readonly OrganisationInfo Closed = School("school-100003", "Closed School", 100003, "8882003", isOpen: false);
    private static readonly OrganisationInfo[] Schools = [Oak, Elm, Closed];

    [Theory]
    [InlineData("100001_Risk letter.pdf", "school-100001", "Risk letter.pdf")]
    [InlineData("100001-Risk letter.pdf", "school-100001", "Risk letter.pdf")]
    [InlineData("8882002_Visit record.DOCX", "school-100002", "Visit record.DOCX")]
    [InlineData("8882002-Visit record.docx", "school-100002", "Visit record.docx")]
    [InlineData("100001__double.pdf", "school-100001", "_double.pdf")]
    [InlineData("100001_no extension", "school-100001", "no extension")]
    public void Match_NameStartingWithUrnOrDfeNumberAndSeparator_MatchesTheSchoolAndRemovesThePrefix(string name, string schoolId, string shown)
    {
        var result = BulkFileMatcher.Match([name], Schools);

        var matched = Assert.Single(result.Matched);
        Assert.Equal(schoolId, matched.School.Id);
        Assert.Equal(name, matched.OriginalName);
        Assert.Equal(shown, matched.ShownName);
        Assert.Empty(result.Unmatched);
        Assert.Empty(result.Duplicates);
    }

    [Theory]
    [InlineData("Risk letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("", UnmatchedReason.NoNumber)]
    [InlineData("_100001_letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("12345_letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("1234567890_letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("888/2001_letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("١٠٠٠٠١_letter.pdf", UnmatchedReason.NoNumber)]
    [InlineData("999999_letter.pdf", UnmatchedReason.UnknownNumber)]
    [InlineData("9999999-letter.pdf", UnmatchedReason.UnknownNumber)]
    [InlineData("100003_letter.pdf", UnmatchedReason.UnknownNumber)]
    [InlineData("8882003_letter.pdf", UnmatchedReason.UnknownNumber)]
    [InlineData("100001 letter.pdf", UnmatchedReason.NoSeparator)]
    [InlineData("100001.pdf", UnmatchedReason.NoSeparator)]
    [InlineData("8882001", UnmatchedReason.NoSeparator)]
    [InlineData("100001_", UnmatchedReason.NothingLeft)]
    [InlineData("100001_.pdf", UnmatchedReason.NothingLeft)]
    [InlineData("8882001-  .PDF", UnmatchedReason.NothingLeft)]
    public void Match_NameWithoutAUsableNumber_IsUnmatchedWithItsReason(string name, UnmatchedReason reason)
    {
        var result = BulkFileMatcher.Match([name], Schools);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(name, unmatched.OriginalName);
        Assert.Equal(reason, unmatched.Reason);
        Assert.False(string.IsNullOrWhiteSpace(unmatched.Message));
        Assert.Empty(result.Matched);
        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public void Match_UnknownNumber_SaysWhichNumber()
    {
        var result = BulkFileMatcher.Match(["999999_letter.pdf", "100003_letter.pdf", "100001.pdf", "100001_.pdf"], Schools);

        Assert.Equal(
            [
                "No open school has the URN 999999",
                "No open school has the URN 100003",
                "The number at the start of the file name must be followed by _ or -",
                "Nothing is left of the file name after the number",
            ],
            result.Unmatched.Select(u => u.Message));
    }

    [Fact]
    public void Match_TwoFilesForOneSchool_ListsBothAsDuplicatesAndChoosesNeither()
    {
        var result = BulkFileMatcher.Match(["100001_letter.pdf", "8882002_letter.pdf", "8882001-letter v2.pdf"], Schools);

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal("school-100001", duplicate.School.Id);
        Assert.Equal(["100001_letter.pdf", "8882001-letter v2.pdf"], duplicate.Files.Select(f => f.OriginalName));
        Assert.Equal(["letter.pdf", "letter v2.pdf"], duplicate.Files.Select(f => f.ShownName));
        var matched = Assert.Single(result.Matched);
        Assert.Equal("school-100002", matched.School.Id);
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void Match_ManyFiles_PutsEachInExactlyOneListInUploadOrder()
    {
        string[] names = ["8882002_b.pdf", "nothing.pdf", "100001_a.pdf", "999999_c.pdf"];

        var result = BulkFileMatcher.Match(names, Schools);

        Assert.Equal(["8882002_b.pdf", "100001_a.pdf"], result.Matched.Select(m => m.OriginalName));
        Assert.Equal(["nothing.pdf", "999999_c.pdf"], result.Unmatched.Select(u => u.OriginalName));
    }

    [Fact]
    public void Match_ClosedSchoolPassedByMistake_IsStillNotMatched()
    {
        var result = BulkFileMatcher.Match(["100003_letter.pdf"], [Closed]);

        Assert.Equal(UnmatchedReason.UnknownNumber, Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Match_LaTeamNumbers_AreNeverMatched()
    {
        var team = new OrganisationInfo("team-x", "Team", OrganisationKind.LaTeam, 100009, "8889999", null, null, true);

        var result = BulkFileMatcher.Match(["100009_letter.pdf"], [team]);

        Assert.Equal(UnmatchedReason.UnknownNumber, Assert.Single(result.Unmatched).Reason);
    }

    private static OrganisationInfo School(string id, string name, int urn, string dfe, bool isOpen = true) =>
        new(id, name, OrganisationKind.School, urn, dfe, SchoolEdition.Lite, null, isOpen);
}
