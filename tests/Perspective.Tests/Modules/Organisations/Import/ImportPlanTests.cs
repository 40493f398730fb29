using Perspective.Organisations.Import;

namespace Perspective.Tests.Modules.Organisations.Import;

public sealed class ImportPlanTests
{
    [Fact]
    public void APlan_SortsRowsIntoNewChangedClosingReopeningAndNotInFile()
    {
        var changing = OrganisationsFactory.School(100002, "8882002", "Old Name");
        var closing = OrganisationsFactory.School(100003, "8882003", "Closing School");
        var reopening = OrganisationsFactory.School(100004, "8882004", "Reopening School");
        reopening.ClosedUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var absent = OrganisationsFactory.School(100009, "8882009", "Absent School");
        var file = GiasCsvReader.Read(GiasCsv.Stream(GiasCsv.File(
            GiasCsv.Row(100001, "2001", "New School"),
            GiasCsv.Row(100002, "2002", "New Name", postcode: "NS2 2BB"),
            GiasCsv.Row(100003, "2003", "Closing School", status: "Closed"),
            GiasCsv.Row(100004, "2004", "Reopening School"),
            GiasCsv.Row(100005, "2005", "Long Closed School", status: "Closed"))));

        var plan = ImportPlan.Create(file, [changing, closing, reopening, absent]);

        Assert.Equal([100001], plan.NewSchools.Select(r => r.Urn));
        var change = Assert.Single(plan.ChangedSchools);
        Assert.Equal(["Name", "Postcode"], change.Fields);
        Assert.Equal([100003], plan.ClosingSchools.Select(c => c.Row.Urn));
        Assert.Equal([100004], plan.ReopeningSchools.Select(c => c.Row.Urn));
        Assert.Equal(["Absent School"], plan.NotInFile.Select(s => s.Name));
        Assert.Equal(1, plan.ClosedNotAdded);
    }
}
