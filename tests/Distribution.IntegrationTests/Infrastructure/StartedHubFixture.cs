namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>
/// Base of fixtures that work directly on the databases (and services) of one hub with the default settings: the host
/// is started once per fixture, which migrates every module's database, and stopped after its last test.
/// </summary>
public abstract class StartedHubFixture
{
    /// <summary>The fixture's hub, started.</summary>
    protected HubFactory Hub { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        Hub = new HubFactory();
        _ = Hub.Services; // starts the host: the databases are migrated
    }

    [OneTimeTearDown]
    public async Task StopHub() => await Hub.DisposeAsync();
}
