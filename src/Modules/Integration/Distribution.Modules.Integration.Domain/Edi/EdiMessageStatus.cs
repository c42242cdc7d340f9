namespace Distribution.Modules.Integration.Domain.Edi;

/// <summary>Which way an EDI message travels.</summary>
public enum EdiDirection
{
    /// <summary>Partner → hub.</summary>
    Inbound,

    /// <summary>Hub → partner.</summary>
    Outbound,
}

/// <summary>
/// Where an EDI message is in its life. Inbound: Accepted, AcceptedWithErrors, Rejected or Duplicate, decided on
/// receipt. Outbound: Waiting (for its transport to deliver it, or the partner to collect it) → Delivered, or Failed
/// once the delivery attempts are spent.
/// </summary>
public enum EdiMessageStatus
{
    /// <summary>Inbound, every interchange taken.</summary>
    Accepted,

    /// <summary>Inbound, taken, but some groups or sets were rejected or carried errors.</summary>
    AcceptedWithErrors,

    /// <summary>Inbound, nothing taken (unreadable, broken envelope, unknown partner).</summary>
    Rejected,

    /// <summary>Inbound, every interchange was received before (within the partner's window): nothing processed again.</summary>
    Duplicate,

    /// <summary>Inbound, another copy of the same interchange was being received at that moment: this copy was left
    /// alone (a file stays where it is for the next poll; an HTTP caller is told to retry).</summary>
    AlreadyInProgress,

    /// <summary>Outbound, waiting for delivery or collection.</summary>
    Waiting,

    /// <summary>Outbound, handed to the partner (written, uploaded or collected).</summary>
    Delivered,

    /// <summary>Outbound, delivery attempts spent; reported in the exceptions queue.</summary>
    Failed,
}
