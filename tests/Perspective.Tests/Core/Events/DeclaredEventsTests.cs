using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Modules;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

public sealed class DeclaredEventsTests
{
    private static readonly ModuleCatalog NoModules = ModuleCatalog.Create([]);

    [Fact]
    public void SameNameDeclaredTwice_StopsTheCatalogue_NamingBothSources()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeclaredEvents(NoModules,
        [
            new EventDeclarations("module A", [new AuditKind("test.twice", "Once")]),
            new EventDeclarations("module B", [new AuditKind("test.twice", "Twice")]),
        ]));

        Assert.Equal("The event 'test.twice' is declared by both module A and module B. Each event name belongs to one module.", error.Message);
    }

    [Fact]
    public void AuditedEventWhosePayloadCannotBeAudited_StopsTheCatalogue()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeclaredEvents(NoModules,
            [new EventDeclarations("module A", [new EventDescriptor<CountedPayload>("test.counted", "Counted", audited: true)])]));

        Assert.Contains("does not implement IAuditedPayload", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NoDots")]
    [InlineData("documents.Sent")]
    [InlineData("documents sent")]
    public void NameThatIsNotLowerCaseDottedWords_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditKind(name, "Something"));

        Assert.Contains("is not lower-case dotted words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingAnUndeclaredEvent_FailsWithAClearMessage_AndStoresNothing()
    {
        using var factory = new PerspectiveFactory();
        await using var scope = await factory.TenantScopeAsync();
        var publisher = scope.ServiceProvider.GetRequiredService<IEventPublisher>();

        var error = Assert.Throws<UndeclaredEventException>(() =>
            publisher.Publish(new EventDescriptor<CountedPayload>("test.never-declared", "Not declared anywhere"), new CountedPayload(1)));

        Assert.Equal("The event 'test.never-declared' is not declared. Add it to the Events of the module that publishes it.", error.Message);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        Assert.Equal(0, await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Events, e => e.Name == "test.never-declared")));
    }

    [Fact]
    public void EveryModuleEvent_IsInTheHostsCatalogue_WithADescription()
    {
        using var factory = new PerspectiveFactory();
        var declared = factory.Services.GetRequiredService<DeclaredEvents>();

        Assert.Contains(declared.All, e => e.Descriptor.Name == "documents.sent" && e.Source == "Perspective.Documents");
        Assert.Contains(declared.All, e => e.Descriptor.Name == "users.sign-in.failed" && e.Source == "Perspective.Users");
        Assert.All(declared.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Descriptor.Description)));
    }
}
