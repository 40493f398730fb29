using Perspective.Recipes;

namespace Perspective.Tests.Modules.Recipes;

public sealed class FolderRecipeFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perspective-recipe-files-").FullName;

    // The recipe's folder is one down, so paths can try to climb out to _root.
    private string Folder => Directory.CreateDirectory(Path.Combine(_root, "recipe")).FullName;

    [Fact]
    public void AFileInASubfolder_Exists_AndOpens()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "templates"));
        File.WriteAllText(Path.Combine(Folder, "templates", "welcome.liquid"), "Hello");
        var files = new FolderRecipeFiles(Folder);

        using var reader = new StreamReader(files.Open("templates/welcome.liquid"));

        Assert.True(files.Exists("templates/welcome.liquid"));
        Assert.False(files.Exists("templates/missing.liquid"));
        Assert.Equal("Hello", reader.ReadToEnd());
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("templates/../../outside.txt")]
    [InlineData("..\\outside.txt")]
    [InlineData("/etc/hostname")]
    [InlineData("\\\\server\\share\\file.txt")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("")]
    public void APathThatCouldLeaveTheFolder_IsRefused(string path)
    {
        File.WriteAllText(Path.Combine(_root, "outside.txt"), "outside");
        var files = new FolderRecipeFiles(Folder);

        Assert.Throws<ArgumentException>(() => files.Exists(path));
        Assert.Throws<ArgumentException>(() => files.Open(path));
    }

    [Fact]
    public void AnUploadedRecipe_HasNoFiles_ButStillRefusesBadPaths()
    {
        var files = EmptyRecipeFiles.Instance;

        Assert.False(files.Exists("data/schools.csv"));
        Assert.Throws<FileNotFoundException>(() => files.Open("data/schools.csv"));
        Assert.Throws<ArgumentException>(() => files.Exists("../schools.csv"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
