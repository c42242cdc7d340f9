using Distribution.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Distribution.IntegrationTests.Pages;

/// <summary>The ops dashboard and its cookie sign-in, in a real browser.</summary>
[TestFixture]
public sealed class OpsDashboardPageTests : BrowserTest
{
    [Test]
    public async Task Ops_WithoutCookie_ShowsTheSignInForm()
    {
        var response = await Page.GotoAsync("/ops");

        Assert.Multiple(() =>
        {
            Assert.That(response?.Status, Is.EqualTo(200));
            Assert.That(response?.Request.RedirectedFrom?.Url, Does.EndWith("/ops"), "redirected from /ops");
            Assert.That(CurrentPath, Is.EqualTo("/ops/sign-in"), "redirected to the sign-in page");
            Assert.That(Page.Url, Does.Contain("ReturnUrl=%2Fops").IgnoreCase, "comes back to /ops after signing in");
        });
        await Assertions.Expect(Page.GetByLabel("Admin API key")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task SignInForm_WithTheAdminKey_LandsOnTheDashboardWithReadinessChartAndExceptions()
    {
        await Page.GotoAsync("/ops");
        await SubmitSignInAsync(HubFactory.AdminApiKey);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/ops");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Readiness" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("table").First).ToContainTextAsync("database-catalog");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Exceptions queue (open)" })).ToBeVisibleAsync();

        var chart = Page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Messages per hour, last 24 hours" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var box = await chart.BoundingBoxAsync();
        var cookies = await Context.CookiesAsync();
        Assert.Multiple(() =>
        {
            Assert.That(box, Is.Not.Null, "the chart is laid out");
            Assert.That(box!.Width, Is.GreaterThan(0), "chart width");
            Assert.That(box.Height, Is.GreaterThan(0), "chart height");
            Assert.That(cookies.Select(c => c.Name), Does.Contain("hub-admin"));
            Assert.That(cookies.Single(c => c.Name == "hub-admin").HttpOnly, Is.True, "the admin cookie is HTTP-only");
            Assert.That(ConsoleErrors, Is.Empty, "console errors on /ops");
        });
    }

    [Test]
    public async Task SignInForm_WithAWrongKey_ShowsAnErrorAndSetsNoCookie()
    {
        await Page.GotoAsync("/ops/sign-in");
        await SubmitSignInAsync("not-the-admin-key-0123456789abcdefghijkl");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That is not an admin API key.");
        var cookies = await Context.CookiesAsync();
        Assert.That(cookies.Select(c => c.Name), Does.Not.Contain("hub-admin"));

        await Page.GotoAsync("/ops");
        Assert.That(CurrentPath, Is.EqualTo("/ops/sign-in"), "still signed out");
    }
}
