namespace Distribution.Edi.Acknowledgements;

/// <summary>
/// The outcome of <see cref="FunctionalAcknowledgementBuilder.Build"/>: either a 997 to send, or the reason none
/// may be sent (a 997 is never acknowledged).
/// </summary>
public sealed class FunctionalAcknowledgementResult
{
    private FunctionalAcknowledgementResult(
        TransactionSet? acknowledgement, string version, AcknowledgementStatus groupStatus, string? notAcknowledgedReason)
    {
        Acknowledgement = acknowledgement;
        Version = version;
        GroupStatus = groupStatus;
        NotAcknowledgedReason = notAcknowledgedReason;
    }

    /// <summary>Whether a 997 was built.</summary>
    public bool IsAcknowledged => Acknowledgement is not null;

    /// <summary>The 997 (ST..SE), to be written in its own GS*FA group; <c>null</c> when not acknowledged.</summary>
    public TransactionSet? Acknowledgement { get; }

    /// <summary>GS08 to use for the GS*FA group: the version of the received group.</summary>
    public string Version { get; }

    /// <summary>AK901: the verdict on the received group.</summary>
    public AcknowledgementStatus GroupStatus { get; }

    /// <summary>Why no 997 was built, when none was.</summary>
    public string? NotAcknowledgedReason { get; }

    internal static FunctionalAcknowledgementResult Built(TransactionSet acknowledgement, string version, AcknowledgementStatus status) =>
        new(acknowledgement, version, status, null);

    internal static FunctionalAcknowledgementResult NotAcknowledged(string version, string reason) =>
        new(null, version, AcknowledgementStatus.Unknown, reason);
}
