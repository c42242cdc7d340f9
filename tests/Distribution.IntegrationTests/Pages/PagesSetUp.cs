using Distribution.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Distribution.IntegrationTests.Pages;

/// <summary>
/// One hub on a real socket (Kestrel, 127.0.0.1, free port) and one headless Chromium for every browser test in this
/// namespace; each test gets its own browser context (cookies, storage) from <see cref="BrowserTest"/>.
/// The browser is the system's Chromium (Debian package <c>chromium</c>, which <c>.ci/run</c> installs); Playwright
/// only drives it and never downloads one. <c>CHROMIUM_PATH</c> points elsewhere (another OS, another build).
/// </summary>
[SetUpFixture]
public sealed class PagesSetUp
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private static HubFactory? _hub;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The hub the pages come from.</summary>
    public static HubFactory Hub => _hub ?? throw new InvalidOperationException("The pages' hub has not started.");

    /// <summary>The hub's address (http://127.0.0.1:port/).</summary>
    public static Uri BaseAddress { get; private set; } = null!;

    /// <summary>The shared headless Chromium.</summary>
    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
        {
            Assert.Fail($"The browser tests need Chromium at {chromium}, which is missing. Install it with "
                + "'apt-get install -y chromium' (Debian; .ci/run does this) or set CHROMIUM_PATH to a Chromium or Chrome executable.");
        }

        _hub = new HubFactory();
        BaseAddress = _hub.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            Timeout = 30_000,
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
            _hub = null;
        }
    }
}
