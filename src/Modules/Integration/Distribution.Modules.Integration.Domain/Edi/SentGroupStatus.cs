namespace Distribution.Modules.Integration.Domain.Edi;

/// <summary>What the partner's 997 said about a functional group we sent (AK901), or that it has not said yet.</summary>
public enum SentGroupStatus
{
    /// <summary>No 997 yet, still within the partner's window.</summary>
    AwaitingAcknowledgement,

    /// <summary>No 997 within the window; reported in the exceptions queue.</summary>
    Overdue,

    /// <summary>AK901 = A.</summary>
    Accepted,

    /// <summary>AK901 = E.</summary>
    AcceptedWithErrors,

    /// <summary>AK901 = P: some sets rejected.</summary>
    PartiallyAccepted,

    /// <summary>AK901 = R (or M/W/X): the group was not taken.</summary>
    Rejected,
}
