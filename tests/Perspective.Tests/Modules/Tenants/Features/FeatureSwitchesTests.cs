using Perspective.Core.Modules;
using Perspective.Tenants.Features;

namespace Perspective.Tests.Modules.Tenants.Features;

public sealed class FeatureSwitchesTests
{
    [Fact]
    public void Enable_AModuleWithADependencyThatIsOff_SwitchesOnBoth_AndReportsTheDependency()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"));

        var change = switches.Enable("Documents", []);

        Assert.Equal(["Documents", "Email"], change.Enabled);
        Assert.Equal(["Email"], change.AlsoEnabled);
        Assert.False(change.IsRefused);
    }

    [Fact]
    public void Enable_SwitchesOnDependenciesOfDependencies_ReportedInTheOrderTheyStart()
    {
        var switches = Switches(Module("Workflows", "Documents"), Module("Documents", "Email"), Module("Email"), Module("News"));

        var change = switches.Enable("Workflows", ["News"]);

        Assert.Equal(["Documents", "Email", "News", "Workflows"], change.Enabled);
        Assert.Equal(["Email", "Documents"], change.AlsoEnabled);
    }

    [Fact]
    public void Enable_ADependencyAlreadyOn_IsNotReportedAsSwitchedOn()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"));

        var change = switches.Enable("Documents", ["Email"]);

        Assert.Equal(["Documents", "Email"], change.Enabled);
        Assert.Empty(change.AlsoEnabled);
    }

    [Fact]
    public void Enable_ADependencyThatIsAlwaysOn_IsNeitherListedNorReported()
    {
        var switches = Switches(Module("Documents", "Users"), AlwaysOn("Users"));

        var change = switches.Enable("Documents", []);

        Assert.Equal(["Documents"], change.Enabled);
        Assert.Empty(change.AlsoEnabled);
    }

    [Fact]
    public void Enable_AnUnknownModule_Throws()
    {
        var switches = Switches(Module("Email"));

        Assert.Throws<ArgumentException>(() => switches.Enable("Nowhere", []));
    }

    [Fact]
    public void Disable_AModuleNothingNeeds_RemovesOnlyIt()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"), Module("News"));

        var change = switches.Disable("News", ["Documents", "Email", "News"]);

        Assert.Equal(["Documents", "Email"], change.Enabled);
        Assert.False(change.IsRefused);
        Assert.Null(change.Refusal);
    }

    [Fact]
    public void Disable_AModuleAnEnabledModuleNeeds_IsRefused_AndChangesNothing()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"));

        var change = switches.Disable("Email", ["Documents", "Email"]);

        Assert.True(change.IsRefused);
        Assert.Equal(["Documents"], change.NeededBy);
        Assert.Equal(["Documents", "Email"], change.Enabled);
        Assert.Equal("You cannot switch off Email because Documents needs it", change.Refusal);
    }

    [Fact]
    public void Disable_AModuleSeveralEnabledModulesNeed_NamesThemAll()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"), Module("News", "Email"), Module("Returns", "Email"));

        var change = switches.Disable("Email", ["Documents", "Email", "News", "Returns"]);

        Assert.Equal(["Documents", "News", "Returns"], change.NeededBy);
        Assert.Equal("You cannot switch off Email because Documents, News and Returns need it", change.Refusal);
    }

    [Fact]
    public void Disable_AModuleNeededOnlyByModulesThatAreOff_IsSwitchedOff()
    {
        var switches = Switches(Module("Documents", "Email"), Module("Email"));

        var change = switches.Disable("Email", ["Email"]);

        Assert.False(change.IsRefused);
        Assert.Empty(change.Enabled);
    }

    [Fact]
    public void Disable_AModuleAnAlwaysOnModuleNeeds_IsRefused()
    {
        var switches = Switches(AlwaysOn("Users", "Email"), Module("Email"));

        var change = switches.Disable("Email", ["Email"]);

        Assert.Equal(["Users"], change.NeededBy);
    }

    [Fact]
    public void IsOn_CountsAlwaysEnabledModules_AndListedOnes_Only()
    {
        Assert.True(FeatureSwitches.IsOn(AlwaysOn("Users"), []));
        Assert.True(FeatureSwitches.IsOn(Module("News"), ["News"]));
        Assert.False(FeatureSwitches.IsOn(Module("News"), ["news"]));
    }

    private static FeatureSwitches Switches(params ModuleDescriptor[] modules) => new(ModuleCatalog.Create(modules));

    private static ModuleDescriptor Module(string name, params string[] dependencies) =>
        new(name, "Test", "", dependencies, new EmptyStartup(), typeof(FeatureSwitchesTests).Assembly);

    private static ModuleDescriptor AlwaysOn(string name, params string[] dependencies) =>
        Module(name, dependencies) with { AlwaysEnabled = true };

    private sealed class EmptyStartup : ModuleStartup;
}
