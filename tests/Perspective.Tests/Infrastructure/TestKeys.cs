using System.Security.Cryptography;

namespace Perspective.Tests.Infrastructure;

/// <summary>Keys that test hosts are configured with, as a production deployment would be.</summary>
public static class TestKeys
{
    /// <summary>
    /// <c>Perspective:DataProtection:Key</c> for every test host of this run: one per run, so hosts
    /// and command-line verbs that reopen the same data read each other's key ring.
    /// </summary>
    public static string DataProtection { get; } = NewDataProtectionKey();

    public static string NewDataProtectionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
