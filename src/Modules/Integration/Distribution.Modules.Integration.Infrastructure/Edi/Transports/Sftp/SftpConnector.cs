using Distribution.Modules.Partners.Contracts.TradingPartners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;

/// <summary>
/// Opens SFTP sessions to partners' servers. The secret comes from configuration
/// (<c>Edi:SftpCredentials:{CredentialName}:Password</c> or <c>:PrivateKeyPath</c>, with an optional
/// <c>:PrivateKeyPassphrase</c>), never from the partner profile or the API; the server must present exactly the
/// host key pinned in the profile, or the connection is dropped before we authenticate.
/// </summary>
internal sealed class SftpConnector(IConfiguration configuration, IHostEnvironment environment)
{
    public const string CredentialsSection = "Edi:SftpCredentials";
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Connects and authenticates, or throws <see cref="SftpTransportException"/> saying why not.</summary>
    public async Task<SftpSession> ConnectAsync(EdiSftpServer server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var pinned = NormaliseFingerprint(server.HostKeySha256);
        var keys = new List<IDisposable>();
        var authentication = Authentication(server, keys);
        var connection = new ConnectionInfo(server.Host, server.Port, server.Username, authentication) { Timeout = ConnectTimeout };
        var client = new SftpClient(connection) { OperationTimeout = OperationTimeout };
        string? presented = null;
        client.HostKeyReceived += (_, e) =>
        {
            presented = "SHA256:" + e.FingerPrintSHA256;
            e.CanTrust = pinned is not null && string.Equals(e.FingerPrintSHA256, pinned, StringComparison.Ordinal);
        };

        var connected = false;
        try
        {
            await client.ConnectAsync(cancellationToken);
            connected = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (presented is not null && NormaliseFingerprint(presented) != pinned)
            {
                throw new SftpTransportException(
                    $"SFTP server {server.Host}:{server.Port} presented host key {presented}, not the pinned {server.HostKeySha256}; "
                    + "connection refused (update the partner profile only after checking the new key with the partner).", exception);
            }

            throw new SftpTransportException($"Could not connect to SFTP server {server.Host}:{server.Port} as {server.Username}: {exception.Message}", exception);
        }
        finally
        {
            if (!connected)
            {
                client.Dispose();
            }

            // Authentication is over (or failed): the key material is not kept in memory longer than needed.
            foreach (var disposable in authentication.OfType<IDisposable>().Concat(keys))
            {
                disposable.Dispose();
            }
        }

        return new SftpSession(client, server);
    }

    /// <summary>True when the credential the server names is configured (a password or a private key path).</summary>
    public bool HasCredential(EdiSftpServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var section = configuration.GetSection($"{CredentialsSection}:{server.CredentialName}");
        return !string.IsNullOrEmpty(section["Password"]) || !string.IsNullOrEmpty(section["PrivateKeyPath"]);
    }

    private AuthenticationMethod[] Authentication(EdiSftpServer server, List<IDisposable> keys)
    {
        var section = configuration.GetSection($"{CredentialsSection}:{server.CredentialName}");
        var methods = new List<AuthenticationMethod>();
        if (section["PrivateKeyPath"] is { Length: > 0 } keyPath)
        {
            var path = Path.GetFullPath(keyPath, environment.ContentRootPath);
            try
            {
                var passphrase = section["PrivateKeyPassphrase"];
                var key = string.IsNullOrEmpty(passphrase) ? new PrivateKeyFile(path) : new PrivateKeyFile(path, passphrase);
                keys.Add(key);
                methods.Add(new PrivateKeyAuthenticationMethod(server.Username, key));
            }
            catch (Exception exception) when (exception is IOException or SshException or UnauthorizedAccessException)
            {
                throw new SftpTransportException($"SFTP credential '{server.CredentialName}': cannot read private key {path}: {exception.Message}", exception);
            }
        }

        if (section["Password"] is { Length: > 0 } password)
        {
            methods.Add(new PasswordAuthenticationMethod(server.Username, password));
        }

        return methods.Count > 0
            ? [.. methods]
            : throw new SftpTransportException(
                $"SFTP credential '{server.CredentialName}' is not configured ({CredentialsSection}:{server.CredentialName}:Password or :PrivateKeyPath).");
    }

    /// <summary>The base64 part of a <c>SHA256:…</c> fingerprint without padding, as SSH.NET reports it.</summary>
    internal static string? NormaliseFingerprint(string? fingerprint)
    {
        if (string.IsNullOrWhiteSpace(fingerprint))
        {
            return null;
        }

        var value = fingerprint.Trim();
        if (value.StartsWith("SHA256:", StringComparison.OrdinalIgnoreCase))
        {
            value = value["SHA256:".Length..];
        }

        return value.TrimEnd('=');
    }
}

/// <summary>An SFTP exchange with a partner failed: connection, host key, credential or file operation.</summary>
internal sealed class SftpTransportException(string message, Exception? inner = null) : Exception(message, inner);
