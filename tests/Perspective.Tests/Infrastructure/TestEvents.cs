using Perspective.Core.Events;

namespace Perspective.Tests.Infrastructure;

/// <summary>Audited events the tests publish, declared in every test host by <see cref="PerspectiveFactory"/>.</summary>
public static class TestEvents
{
    public const string Source = "the tests";

    public static readonly AuditKind First = new("test.first", "A test's first event");

    public static readonly AuditKind Second = new("test.second", "A test's second event");

    public static readonly AuditKind Third = new("test.third", "A test's third event");

    public static readonly AuditKind Recorded = new("test.recorded", "A test recorded something");

    public static readonly AuditKind Delete = new("test.delete", "A test recorded something to try to delete");

    public static readonly AuditKind Update = new("test.update", "A test recorded something to try to change");

    public static readonly AuditKind Tracked = new("test.tracked", "A test recorded something to change later");

    public static readonly AuditKind Concurrent = new("test.concurrent", "One of many writers at once");

    public static readonly AuditKind Numbered = new("test.event", "A numbered test event");

    public static readonly AuditKind RecipeStep = new("recipes.test-step", "A test recipe step ran");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(TestEvents));
}
