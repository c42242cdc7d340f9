using System.Text.RegularExpressions;
using Distribution.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Distribution.IntegrationTests.Pages;

/// <summary>The Hangfire dashboard behind the admin cookie, and a partner's key at the admin sign-in, in a real browser.</summary>
[TestFixture]
public sealed class HangfireDashboardPageTests : BrowserTest
{
    [Test]
    public async Task Hangfire_AfterAdminSignIn_RendersTheDashboardAndItsNavigation()
    {
        await SignInAsAdminAsync();

        var response = await Page.GotoAsync("/hangfire");

        Assert.That(response?.Status, Is.EqualTo(200));
        Assert.That(CurrentPath, Does.StartWith("/hangfire"));
        await Assertions.Expect(Page).ToHaveTitleAsync(new Regex("Distribution Hub jobs"));
        // Hangfire's navigation: each link carries its count ("Jobs 0").
        foreach (var (link, href) in new[] { ("Jobs", "/hangfire/jobs/enqueued"), ("Retries", "/hangfire/retries"), ("Recurring Jobs", "/hangfire/recurring"), ("Servers", "/hangfire/servers") })
        {
            var navigation = Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new Regex($"^{link}\\b") });
            await Assertions.Expect(navigation).ToBeVisibleAsync();
            await Assertions.Expect(navigation).ToHaveAttributeAsync("href", href);
        }

        // The dashboard's scripts ran: Chart.js took over the realtime graph's canvas.
        await Assertions.Expect(Page.Locator("canvas#realtimeGraph")).ToHaveClassAsync(new Regex("chartjs-render-monitor"));
        Assert.That(await Page.EvaluateAsync<bool>("() => typeof window.Hangfire === 'object'"), Is.True, "window.Hangfire");
    }

    [Test]
    public async Task PartnerKey_AtTheAdminSignIn_IsRefusedAndOpensNeitherOpsNorHangfire()
    {
        using var admin = PagesSetUp.Hub.CreateAdminClient();
        var account = "PAGES-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await admin.PostOkAsync("/api/v1/customers", new { accountNumber = account, name = account, creditLimit = 0m, paymentTerms = "NET30" });
        var issued = await admin.PostOkAsync("/api/v1/api-clients",
            new { name = account + " portal", kind = "customer", partnerId = account, scopes = new[] { "catalog:read" } });
        var partnerKey = issued.Str("apiKey")!;

        await Page.GotoAsync("/ops");
        await SubmitSignInAsync(partnerKey);

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That is not an admin API key.");
        var cookies = await Context.CookiesAsync();
        Assert.That(cookies.Select(c => c.Name), Does.Not.Contain("hub-admin"));

        await Page.GotoAsync("/hangfire");
        Assert.That(CurrentPath, Is.EqualTo("/ops/sign-in"), "/hangfire sends a partner back to the sign-in");
        await Page.GotoAsync("/ops");
        Assert.That(CurrentPath, Is.EqualTo("/ops/sign-in"), "/ops sends a partner back to the sign-in");
    }
}
