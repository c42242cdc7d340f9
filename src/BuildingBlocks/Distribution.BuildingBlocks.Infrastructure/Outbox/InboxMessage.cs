namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Remembers that a handler has handled an event, so a second delivery is skipped.</summary>
public sealed class InboxMessage
{
    /// <summary>The event id.</summary>
    public Guid EventId { get; set; }

    /// <summary>The handler (subscriber) name.</summary>
    public required string Handler { get; set; }

    /// <summary>The event's wire name, for operators.</summary>
    public required string Type { get; set; }

    /// <summary>When it was handled.</summary>
    public DateTime HandledAtUtc { get; set; }
}
