namespace Perspective.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one Chromium and one server, and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<ChromiumFixture>, ICollectionFixture<PerspectiveServer>
{
    public const string Name = "Browser";
}
