using Distribution.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Distribution.IntegrationTests.Pages;

/// <summary>
/// A test in the shared headless Chromium (<see cref="PagesSetUp"/>): a fresh browser context and page per test,
/// every step bounded (<see cref="StepTimeout"/>), the page's console errors collected, and a full-page screenshot
/// attached to the test's results when it fails.
/// </summary>
public abstract class BrowserTest
{
    /// <summary>The longest any one step (navigation, wait, click) may take.</summary>
    protected const float StepTimeout = 20_000;

    private IBrowserContext? _context;

    /// <summary>This test's page.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>This test's browser context (its cookies).</summary>
    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("No browser context.");

    /// <summary>Console messages of type error and uncaught script errors, as "url: text".</summary>
    protected List<string> ConsoleErrors { get; } = [];

    [SetUp]
    public async Task OpenPageAsync()
    {
        ConsoleErrors.Clear();
        _context = await PagesSetUp.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PagesSetUp.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _context.SetDefaultTimeout(StepTimeout);
        _context.SetDefaultNavigationTimeout(StepTimeout);
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Location}: {message.Text}");
            }
        };
        Page.PageError += (_, error) => ConsoleErrors.Add($"uncaught: {error}");
    }

    [TearDown]
    public async Task ClosePageAsync()
    {
        if (_context is null)
        {
            return;
        }

        try
        {
            if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed && Page is { IsClosed: false })
            {
                var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots",
                    $"{TestContext.CurrentContext.Test.Name}-{DateTime.UtcNow:HHmmss}.png");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = StepTimeout });
                TestContext.AddTestAttachment(file, $"The page at {Page.Url} when the test failed");
                TestContext.Out.WriteLine($"Screenshot: {file}");
            }
        }
        finally
        {
            await _context.DisposeAsync();
            _context = null;
        }
    }

    /// <summary>Signs in through the real form at <c>/ops/sign-in</c> (the page must show it) with <paramref name="apiKey"/>.</summary>
    protected async Task SubmitSignInAsync(string apiKey)
    {
        await Page.GetByLabel("Admin API key").FillAsync(apiKey);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens the sign-in page and signs in with the admin key; the browser ends on the dashboard.</summary>
    protected async Task SignInAsAdminAsync()
    {
        await Page.GotoAsync("/ops/sign-in");
        await SubmitSignInAsync(HubFactory.AdminApiKey);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/ops");
    }

    /// <summary>The path (without query) of the page the browser shows.</summary>
    protected string CurrentPath => new Uri(Page.Url).AbsolutePath;
}
