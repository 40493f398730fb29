namespace Perspective.Tests.Modules.Email.Templates;

/// <summary>What none of issue 17's script bypasses may leave in an email's HTML.</summary>
public static class NoScript
{
    public static void Assert(string? html)
    {
        Xunit.Assert.NotNull(html);
        Xunit.Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("onload", html, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
    }
}
