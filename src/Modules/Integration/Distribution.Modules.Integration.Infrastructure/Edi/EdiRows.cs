using Distribution.Modules.Integration.Application.Edi;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>One outbound control-number counter: the last number handed out for a partner pair and kind.</summary>
internal sealed class ControlNumberCounter
{
    public required string OurQualifier { get; init; }

    public required string OurId { get; init; }

    public required string TheirQualifier { get; init; }

    public required string TheirId { get; init; }

    public required ControlNumberKind Kind { get; init; }

    /// <summary>The last number handed out.</summary>
    public int Value { get; set; }
}

/// <summary>
/// The latest receipt of one interchange (partner pair + ISA13). One row per key: a receipt outside the duplicate
/// window (or after a lapsed claim) overwrites it, so the unique index is what makes concurrent checks answer "new"
/// once. <see cref="TakenAtUtc"/> stays null while the receipt that claimed it has not committed.
/// </summary>
internal sealed class ReceivedInterchange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string OurQualifier { get; init; }

    public required string OurId { get; init; }

    public required string TheirQualifier { get; init; }

    public required string TheirId { get; init; }

    /// <summary>ISA13.</summary>
    public required int InterchangeControlNumber { get; init; }

    /// <summary>The GS06 of each group, comma separated.</summary>
    public required string GroupControlNumbers { get; set; }

    /// <summary>When the receipt claimed it.</summary>
    public required DateTime ReceivedAtUtc { get; set; }

    /// <summary>When the receipt that claimed it committed; null while in progress (or after a crash).</summary>
    public DateTime? TakenAtUtc { get; set; }

    public string? CorrelationId { get; set; }
}
