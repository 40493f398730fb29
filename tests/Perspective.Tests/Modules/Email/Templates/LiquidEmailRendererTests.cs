using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Email.Outbox;
using Perspective.Email.Templates;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Email.Liquid;

namespace Perspective.Tests.Modules.Email.Templates;

public sealed class SqliteLiquidEmailRendererTests() : LiquidEmailRendererTests(postgres: false);

public sealed class PostgresLiquidEmailRendererTests() : LiquidEmailRendererTests(postgres: true);

/// <summary>Emails rendered from stored templates: values encoded, limits kept, subjects on one line.</summary>
public abstract class LiquidEmailRendererTests(bool postgres) : HostOnEitherDatabase<TemplatesFactory>(postgres, new TemplatesFactory())
{

    [Fact]
    public async Task AStoredTemplateThatSomehowUsesTheRawFilter_StillEncodesValues()
    {
        // Written straight to the database, past the checker, as an old or hand-edited row might be.
        await StoreAsync(new EmailWording("Hi", "<p>{{ name | raw }}</p>", "Hi"));

        var message = await Factory.QueueAsync(TemplatesFactory.Welcome, new Dictionary<string, string> { ["name"] = "<script>x</script>" });

        Assert.Contains("<p>&lt;script&gt;x&lt;/script&gt;</p>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredTemplateOverALimit_IsDeadLetteredWithTheReason_AndTheChangeThatSentItStillSaves()
    {
        await StoreAsync(new EmailWording("Hi", LiquidSandboxTests.DoublingTemplate, "Hi"));

        var message = await Factory.QueueAsync(TemplatesFactory.Welcome, new Dictionary<string, string> { ["name"] = "Ann" });

        Assert.Equal(OutboxState.DeadLetter, message.State);
        Assert.Equal("someone@school.test", message.ToAddress);
        Assert.Equal(
            "Not sent: its template makes a piece of text longer than 500,000 characters with the 'append' filter. Change the email template for Welcome.",
            message.LastError);
        Assert.DoesNotContain("xxxx", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSubject_IsAlwaysOneLine_WhateverTheValues()
    {
        var message = await Factory.QueueAsync(TemplatesFactory.Welcome, new Dictionary<string, string> { ["name"] = "Ann\r\nBcc: someone@elsewhere.test" });

        Assert.DoesNotContain('\n', message.Subject);
        Assert.DoesNotContain('\r', message.Subject);
        Assert.EndsWith(", Ann Bcc: someone@elsewhere.test", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnsavedWording_RendersAsItWouldOnceSaved_WithTheStandardValues()
    {
        await using var scope = await Factory.TenantScopeAsync();
        var renderer = scope.ServiceProvider.GetRequiredService<IEmailRenderer>();

        var rendered = await renderer.RenderAsync(
            new EmailWording("{{ site_name }}: {{ name }}", "<p>{{ portal_link }}</p>", "{{ name }}"),
            new Dictionary<string, string> { ["name"] = "A & B" });

        Assert.EndsWith(": A & B", rendered.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", rendered.Subject, StringComparison.Ordinal);
        Assert.Contains("<p>https://perspective.test/</p>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("A & B", rendered.TextBody);
        Assert.Empty(await Factory.TemplatesAsync());
    }

    private async Task StoreAsync(EmailWording wording)
    {
        await using var scope = await Factory.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<EmailTemplateStore>().PutAsync(TemplatesFactory.Welcome, wording, null);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }
}
