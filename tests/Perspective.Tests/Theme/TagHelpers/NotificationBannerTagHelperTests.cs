using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class NotificationBannerTagHelperTests
{
    [Fact]
    public async Task NotificationBanner_Success_IsAnAlertTitledSuccess()
    {
        var html = await RenderAsync(new NotificationBannerTagHelper { Type = "success", Heading = "Document uploaded" }, "govuk-notification-banner");

        Assert.Equal(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"govuk-notification-banner-title\" data-module=\"govuk-notification-banner\">"
            + "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">Success</h2></div>"
            + "<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Document uploaded</p></div></div>",
            html);
    }

    [Fact]
    public async Task NotificationBanner_OtherType_IsARegionLabelledByItsTitle()
    {
        var html = await RenderAsync(new NotificationBannerTagHelper { TitleId = "deadline-title" }, "govuk-notification-banner", "<p class=\"govuk-body\">Returns are due on Friday.</p>");

        Assert.StartsWith("<div class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\"deadline-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-notification-banner__title\" id=\"deadline-title\">Important</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-notification-banner__content\"><p class=\"govuk-body\">Returns are due on Friday.</p></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationBanner_HostileTitleAndHeading_AreEncoded()
    {
        var html = await RenderAsync(new NotificationBannerTagHelper { Title = Hostile, Heading = Hostile }, "govuk-notification-banner");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split(HostileEncoded).Length - 1);
    }
}
