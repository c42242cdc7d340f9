using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Distribution.BuildingBlocks.Application.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.BuildingBlocks.Infrastructure.Auditing;

/// <summary>
/// One row of the audit log. Rows are only ever added: nothing in the code updates or deletes them, and each row's
/// hash covers the previous row's hash, so an edited or removed row breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Hash of the entry before the first.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Position in the chain, from 1 (primary key: two writers racing for one position collide).</summary>
    public long Sequence { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>Who (client id or <c>anonymous</c>).</summary>
    public string ActorId { get; init; } = string.Empty;

    /// <summary>Caller's name.</summary>
    public string? ActorName { get; init; }

    /// <summary>Caller's kind.</summary>
    public string? ActorKind { get; init; }

    /// <summary>What (operation name).</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>HTTP method.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Request path.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Response status.</summary>
    public int StatusCode { get; init; }

    /// <summary>succeeded, rejected or failed.</summary>
    public string Outcome { get; init; } = string.Empty;

    /// <summary>Correlation id.</summary>
    public string CorrelationId { get; init; } = string.Empty;

    /// <summary>Redacted request body.</summary>
    public string? Details { get; init; }

    /// <summary>Hash of the previous entry.</summary>
    public string PreviousHash { get; init; } = GenesisHash;

    /// <summary>SHA-256 (hex) over <see cref="PreviousHash"/> and every field above.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>The entry at <paramref name="sequence"/> after <paramref name="previousHash"/>, with its hash.</summary>
    public static AuditEntry Chain(long sequence, string previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            OccurredAtUtc = record.OccurredAtUtc,
            ActorId = record.ActorId,
            ActorName = record.ActorName,
            ActorKind = record.ActorKind,
            Action = record.Action,
            Method = record.Method,
            Path = record.Path,
            StatusCode = record.StatusCode,
            Outcome = record.Outcome,
            CorrelationId = record.CorrelationId,
            Details = record.Details,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>Recomputes the hash from the stored fields.</summary>
    public string ComputeHash()
    {
        // Length-prefixed fields: no choice of values can make two different entries serialise alike.
        var builder = new StringBuilder();
        foreach (var field in new[]
                 {
                     PreviousHash, Sequence.ToString(CultureInfo.InvariantCulture),
                     OccurredAtUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), ActorId, ActorName, ActorKind, Action,
                     Method, Path, StatusCode.ToString(CultureInfo.InvariantCulture), Outcome, CorrelationId, Details,
                 })
        {
            var value = field ?? "\u0000";
            builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>As the application sees it.</summary>
    public AuditEntryView ToView() => new(Sequence,
        new AuditRecord(OccurredAtUtc, ActorId, ActorName, ActorKind, Action, Method, Path, StatusCode, CorrelationId, Details),
        PreviousHash, Hash);
}

/// <summary>The <c>AuditLog</c> table, in whichever module database hosts it (see ADR 0009).</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditLog");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(100);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorKind).HasMaxLength(20);
        builder.Property(e => e.Action).HasMaxLength(200);
        builder.Property(e => e.Method).HasMaxLength(10);
        builder.Property(e => e.Path).HasMaxLength(500);
        builder.Property(e => e.Outcome).HasMaxLength(20);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.HasIndex(e => e.CorrelationId);
        builder.Property(e => e.Details).HasMaxLength(8000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}
