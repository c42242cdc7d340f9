using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>
/// A real OpenSSH server for SFTP tests: <c>sshd</c> as a child process on a free loopback port, with its own host
/// key, client key and configuration in a temporary folder (nothing in /etc is read or changed). It serves SFTP only
/// (<c>ForceCommand internal-sftp</c>) to the current user, who logs in with the generated client key.
/// <c>.ci/run</c> installs <c>openssh-server</c> when <c>/usr/sbin/sshd</c> is missing.
/// </summary>
public sealed class OpenSshServer : IDisposable
{
    private const string SshdPath = "/usr/sbin/sshd";
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private OpenSshServer(string directory, int port, Process process, string hostKeyFingerprint)
    {
        Directory = directory;
        Port = port;
        _process = process;
        HostKeySha256 = hostKeyFingerprint;
    }

    /// <summary>The temporary folder holding keys, configuration and the served files.</summary>
    public string Directory { get; }

    /// <summary>The loopback port sshd listens on.</summary>
    public int Port { get; }

    /// <summary>Always the loopback address.</summary>
    public static string Host => "127.0.0.1";

    /// <summary>The account to log in as: the user running the tests.</summary>
    public static string Username => Environment.UserName;

    /// <summary>The host key fingerprint as <c>ssh-keygen -l</c> prints it (<c>SHA256:…</c>).</summary>
    public string HostKeySha256 { get; }

    /// <summary>The client's private key (OpenSSH format, no passphrase).</summary>
    public string ClientKeyPath => Path.Combine(Directory, "client_key");

    /// <summary>A folder on the server's file system (created), to use as a remote path.</summary>
    public string Folder(string relative)
    {
        var path = Path.Combine(Directory, "files", relative);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>sshd's output so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Generates keys and configuration, starts sshd and waits until it accepts connections.</summary>
    public static async Task<OpenSshServer> StartAsync()
    {
        if (!File.Exists(SshdPath))
        {
            throw new InvalidOperationException($"{SshdPath} is missing: install the openssh-server package (.ci/run does).");
        }

        var directory = Path.Combine(Path.GetTempPath(), "dih-sshd", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        // sshd started by root insists on its privilege-separation folder, even when it serves only us.
        if (Environment.UserName == "root")
        {
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        var hostKey = Path.Combine(directory, "host_key");
        var clientKey = Path.Combine(directory, "client_key");
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "dih-test-host", "-f", hostKey);
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "dih-test-client", "-f", clientKey);
        File.Copy(clientKey + ".pub", Path.Combine(directory, "authorized_keys"));
        var fingerprint = (await RunAsync("ssh-keygen", "-l", "-E", "sha256", "-f", hostKey + ".pub")).Split(' ')[1];

        var port = FreeLoopbackPort();
        var config = Path.Combine(directory, "sshd_config");
        await File.WriteAllTextAsync(config, $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {hostKey}
            PidFile {Path.Combine(directory, "sshd.pid")}
            AuthorizedKeysFile {Path.Combine(directory, "authorized_keys")}
            PermitRootLogin prohibit-password
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            AllowTcpForwarding no
            X11Forwarding no
            Subsystem sftp internal-sftp
            ForceCommand internal-sftp
            LogLevel VERBOSE

            """);

        var process = new Process
        {
            StartInfo = new ProcessStartInfo(SshdPath)
            {
                ArgumentList = { "-D", "-e", "-f", config },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            },
        };
        var server = new OpenSshServer(directory, port, process, fingerprint);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Stops sshd and deletes the folder.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started or already gone.
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"sshd exited with {_process.ExitCode}:{Environment.NewLine}{Log}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        Dispose();
        throw new TimeoutException($"sshd did not listen on port {Port} within 20 s:{Environment.NewLine}{Log}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output.Trim()
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
    }
}
