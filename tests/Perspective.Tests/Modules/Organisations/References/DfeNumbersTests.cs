using Perspective.Organisations.References;

namespace Perspective.Tests.Modules.Organisations.References;

public sealed class DfeNumbersTests
{
    [Theory]
    [InlineData("8882001", "8882001")]
    [InlineData("888/2001", "8882001")]
    [InlineData(" 888 / 2001 ", "8882001")]
    [InlineData("888-2001", null)]
    [InlineData("88/2001", null)]
    [InlineData("100001", null)]
    [InlineData("", null)]
    public void Parse_TakesSevenDigitsOrTheSlashedForm(string text, string? expected)
    {
        Assert.Equal(expected, DfeNumbers.Parse(text));
    }

    [Fact]
    public void Show_WritesLaCodeSlashEstablishmentNumber()
    {
        Assert.Equal("888/2001", DfeNumbers.Show("8882001"));
    }

    [Theory]
    [InlineData("Children's Services", "team-childrens-services")]
    [InlineData("  Virtual   School ", "team-virtual-school")]
    [InlineData("Education & Achievement: Service!", "team-education-achievement-service")]
    [InlineData("Équipe Écoles", "team-equipe-ecoles")]
    [InlineData("!!!", null)]
    public void TeamIds_AreSlugsOfTheirNames(string name, string? expected)
    {
        Assert.Equal(expected, OrganisationIds.Team(name));
    }
}
