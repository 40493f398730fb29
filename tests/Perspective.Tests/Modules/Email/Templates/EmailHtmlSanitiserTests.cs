using Microsoft.Extensions.DependencyInjection;
using Perspective.Email.Templates;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Templates;

/// <summary>Issue 17: the "no scripts" check on the Liquid source was bypassed; the rendered HTML is what is cleaned.</summary>
public sealed class EmailHtmlSanitiserTests(TemplatesFactory factory) : IClassFixture<TemplatesFactory>, IAsyncLifetime
{
    private readonly TemplatesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The three bypasses from issue 17, each of which the source check let through.</summary>
    public static TheoryData<string> Bypasses => new()
    {
        "<scr{% comment %}x{% endcomment %}ipt>alert(1)</scr{% comment %}x{% endcomment %}ipt>",
        "<svg/onload=alert(1)>",
        "<a href=\"java\tscript:alert(1)\">Open</a>",
    };

    [Theory]
    [MemberData(nameof(Bypasses))]
    public async Task EachBypass_LeavesNoScriptHandlerOrJavascriptAddress_InTheRenderedHtml(string bypass)
    {
        var rendered = await RenderAsync($"<p>Hello {{{{ name }}}}</p>{bypass}");

        NoScript.Assert(rendered.HtmlBody);
        Assert.Contains("<p>Hello &lt;b&gt;Hetty&lt;/b&gt; &amp; Co</p>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.NotEmpty(rendered.HtmlRemoved);
    }

    [Fact]
    public async Task EmailSafeHtml_IsKept_AsItIs()
    {
        const string Html = """<p style="margin:0 0 20px 0;"><strong>Hi</strong> <a href="https://portal.example/start" style="color:#1d70b8;">Start</a> <a href="mailto:help@la.example">Help</a></p><table><tr><td>1</td></tr></table><img src="https://portal.example/logo.png" alt="Logo">""";

        var rendered = await RenderAsync(Html);

        Assert.Empty(rendered.HtmlRemoved);
        Assert.Contains("<strong>Hi</strong>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/start\" style=", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:help@la.example\"", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("src=\"https://portal.example/logo.png\"", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example\"><input name=\"p\"></form>", "the <form> element")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "the <iframe> element")]
    [InlineData("<img src=\"http://tracker.example/p.gif\">", "an image that is not on an https address")]
    public async Task FormsFramesAndImagesNotOverHttps_AreRemoved_AndNamed(string html, string removed)
    {
        var rendered = await RenderAsync(html);

        Assert.Contains(removed, rendered.HtmlRemoved);
    }

    private async Task<RenderedEmail> RenderAsync(string html)
    {
        await using var scope = await _factory.TenantScopeAsync();
        var renderer = scope.ServiceProvider.GetRequiredService<IEmailRenderer>();
        return await renderer.RenderAsync(new EmailWording("Hi", html, "Hi"), EmailLiquid.SampleValues(TemplatesFactory.WelcomeKind));
    }
}
