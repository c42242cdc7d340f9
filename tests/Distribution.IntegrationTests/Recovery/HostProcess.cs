using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Distribution.IntegrationTests.Recovery;

/// <summary>
/// The built host (<c>src/Host/Distribution.Host/bin/&lt;Configuration&gt;/net10.0/Distribution.Host.dll</c>) run as a
/// real child process on a free loopback port, so a test can kill it the hard way (SIGKILL, no graceful stop) and
/// start it again on the same data directory. Its console output is kept (last lines) for failure reports.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private const int KeptLines = 300;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A label for reports (first start, restart, …).</summary>
    public string Name { get; }

    /// <summary>The last lines the host wrote to its console.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts the host with <c>--urls</c> on a free loopback port, its working directory (content root, logs) in
    /// <paramref name="workDirectory"/>, and <paramref name="arguments"/> as configuration overrides.
    /// </summary>
    public static HostProcess Start(string name, string workDirectory, IEnumerable<string> arguments)
    {
        var hostDll = HostDllPath();
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var startInfo = new ProcessStartInfo(DotnetPath())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
        };
        startInfo.ArgumentList.Add(hostDll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var host = new HostProcess(process, baseAddress, name);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Polls <c>/health/live</c> until it answers 200; fails early when the process has exited.</summary>
    public async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Host '{Name}' exited with code {_process.ExitCode} before it was live.{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"Host '{Name}' was not live within {timeout}.{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>
    /// Kills the whole process tree with SIGKILL: no graceful shutdown, no flushing, no Hangfire server stop — what a
    /// crash or an OOM kill looks like to the app.
    /// </summary>
    public void KillHard()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException($"Host '{Name}' (pid {_process.Id}) did not die after SIGKILL.");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }

    private static string DotnetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    // The test project references the host, so its build has built the host in the same configuration.
    private static string HostDllPath()
    {
        var testDirectory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var configuration = testDirectory.Parent?.Name ?? "Debug";
        var repositoryRoot = testDirectory;
        while (repositoryRoot is not null && !File.Exists(Path.Combine(repositoryRoot.FullName, "Distribution.sln")))
        {
            repositoryRoot = repositoryRoot.Parent;
        }

        if (repositoryRoot is null)
        {
            throw new InvalidOperationException($"No Distribution.sln above {testDirectory.FullName}.");
        }

        var dll = Path.Combine(repositoryRoot.FullName, "src", "Host", "Distribution.Host", "bin", configuration, "net10.0", "Distribution.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The host is not built at {dll}; build the test project first.", dll);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
