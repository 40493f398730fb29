using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Perspective.Core.Audit;

namespace Perspective.Tests.Core.Audit;

public sealed class RefusalThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AFloodFromOneAddress_IsRecordedUpToTheLimit_ThenOnceAsSuppressed_ThenDropped()
    {
        var throttle = Throttle(perMinute: 20);

        var admissions = Enumerable.Range(0, 500).Select(i => throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _)).ToList();

        Assert.Equal(20, admissions.Count(a => a == RefusalAdmission.Record));
        Assert.Equal(21, admissions.IndexOf(RefusalAdmission.RecordSuppression) + 1);
        Assert.Equal(479, admissions.Count(a => a == RefusalAdmission.Drop));
    }

    [Fact]
    public void AfterAMinute_TheAddressIsRecordedAgain()
    {
        var throttle = Throttle(perMinute: 1);
        throttle.Admit("Default", "security.forbidden", "203.0.113.9", out var ends);
        throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);

        _clock.Advance(TimeSpan.FromSeconds(59));
        var stillThrottled = throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var again = throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);

        Assert.Equal(_clock.Start.AddMinutes(1), ends);
        Assert.Equal((RefusalAdmission.Drop, RefusalAdmission.Record), (stillThrottled, again));
    }

    [Fact]
    public void EachTenantKindAndAddress_IsCountedApart()
    {
        var throttle = Throttle(perMinute: 1);
        throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);

        Assert.Equal(RefusalAdmission.Record, throttle.Admit("Default", "security.forbidden", "203.0.113.10", out _));
        Assert.Equal(RefusalAdmission.Record, throttle.Admit("Default", "security.rate-limited", "203.0.113.9", out _));
        Assert.Equal(RefusalAdmission.Record, throttle.Admit("north", "security.forbidden", "203.0.113.9", out _));
    }

    [Fact]
    public void WhenEveryWindowIsInUse_ANewAddressIsDropped_UntilWindowsEnd()
    {
        var throttle = Throttle(perMinute: 5);
        for (var i = 0; i < RefusalThrottle.MaxTracked; i++)
        {
            throttle.Admit("Default", "security.forbidden", $"10.0.{i / 256}.{i % 256}", out _);
        }

        var whileFull = throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var afterwards = throttle.Admit("Default", "security.forbidden", "203.0.113.9", out _);

        Assert.Equal((RefusalAdmission.Drop, RefusalAdmission.Record), (whileFull, afterwards));
    }

    private RefusalThrottle Throttle(int perMinute) =>
        new(_clock, Options.Create(new RefusalAuditOptions { RefusalsPerMinute = perMinute }));
}
