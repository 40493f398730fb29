using Perspective.Core.Modules;

namespace Perspective.Tests.Core.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Create_PutsEveryModuleAfterTheModulesItDependsOn()
    {
        var catalog = ModuleCatalog.Create([Module("Documents", "Users", "Email"), Module("Email"), Module("Users", "Email")]);

        Assert.Equal(["Email", "Users", "Documents"], catalog.Modules.Select(m => m.Name));
    }

    [Fact]
    public void Create_OrdersIndependentModulesByName_SoStartUpIsTheSameEverywhere()
    {
        var catalog = ModuleCatalog.Create([Module("Zeta"), Module("Alpha"), Module("Mu")]);

        Assert.Equal(["Alpha", "Mu", "Zeta"], catalog.Modules.Select(m => m.Name));
    }

    [Fact]
    public void Create_WithAMissingDependency_NamesTheModuleAndWhatItLacks()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => ModuleCatalog.Create([Module("Documents", "Users")]));

        Assert.Equal("Module 'Documents' depends on 'Users', which is not present.", error.Message);
    }

    [Fact]
    public void Create_WithACycle_NamesTheModulesInTheCycle()
    {
        var error = Assert.Throws<ModuleDependencyException>(() =>
            ModuleCatalog.Create([Module("A", "B"), Module("B", "C"), Module("C", "A"), Module("D")]));

        Assert.Equal("Module 'A' is part of a dependency cycle: A -> B -> C -> A.", error.Message);
    }

    [Fact]
    public void Create_WithAModuleThatDependsOnItself_ReportsTheCycle()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => ModuleCatalog.Create([Module("A", "A")]));

        Assert.Contains("A -> A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithTwoModulesOfOneName_Refuses()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => ModuleCatalog.Create([Module("A"), Module("A")]));

        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discovery_FindsTheModulesTheHostReferences()
    {
        var modules = ModuleDiscovery.FromHost(typeof(Program).Assembly).Select(m => m.Name).ToList();

        Assert.Contains("Perspective.Users", modules);
        Assert.Contains("Perspective.Audit", modules);
    }

    private static ModuleDescriptor Module(string name, params string[] dependencies) =>
        new(name, "Test", "", dependencies, new EmptyStartup(), typeof(ModuleCatalogTests).Assembly);

    private sealed class EmptyStartup : ModuleStartup;
}
