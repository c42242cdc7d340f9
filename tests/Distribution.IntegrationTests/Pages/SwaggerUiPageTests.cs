using Distribution.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Distribution.IntegrationTests.Pages;

/// <summary>Swagger UI in a real browser: its script loads the OpenAPI document and can call the API.</summary>
[TestFixture]
public sealed class SwaggerUiPageTests : BrowserTest
{
    [Test]
    public async Task Swagger_InTheBrowser_ListsTheOperations()
    {
        var response = await Page.GotoAsync("/swagger");

        Assert.That(response?.Status, Is.EqualTo(200));
        await Assertions.Expect(Page.Locator(".swagger-ui .info .title")).ToContainTextAsync("Distribution Integration Hub");
        var createItem = Page.Locator(".opblock-post").Filter(new LocatorFilterOptions { Has = Page.Locator("[data-path='/api/v1/items']") });
        await Assertions.Expect(createItem.First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[id$='-CreateItem']")).ToHaveCountAsync(1);
        Assert.That(await Page.Locator(".opblock").CountAsync(), Is.GreaterThan(10), "operations listed");
    }

    [Test]
    public async Task Swagger_AuthorizedWithTheAdminKey_TriesOutListSyncJobTypesAnd200IsShown()
    {
        await Page.GotoAsync("/swagger");

        await Page.Locator(".scheme-container button.authorize").ClickAsync();
        var apiKeyForm = Page.Locator(".modal-ux .auth-container").Filter(new LocatorFilterOptions { HasText = "X-Api-Key" });
        await apiKeyForm.Locator("input").FillAsync(HubFactory.AdminApiKey);
        await apiKeyForm.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(apiKeyForm.Locator("button", new LocatorLocatorOptions { HasText = "Logout" })).ToBeVisibleAsync();
        await Page.Locator(".modal-ux .close-modal").ClickAsync();
        await Assertions.Expect(Page.Locator(".modal-ux")).ToHaveCountAsync(0);

        var operation = Page.Locator(".opblock-get").Filter(new LocatorFilterOptions { Has = Page.Locator("[data-path='/api/v1/sync-jobs/types']") });
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();

        var liveResponse = operation.Locator(".live-responses-table .response");
        await Assertions.Expect(liveResponse.Locator(".response-col_status")).ToHaveTextAsync("200");
        await Assertions.Expect(liveResponse.Locator(".response-col_description")).ToContainTextAsync("\"key\"");
    }
}
