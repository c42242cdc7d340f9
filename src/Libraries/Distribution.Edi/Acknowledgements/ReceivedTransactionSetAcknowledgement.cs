namespace Distribution.Edi.Acknowledgements;

/// <summary>One AK2..AK5 loop: the partner's verdict on one of our transaction sets.</summary>
/// <param name="TransactionSetId">AK201, e.g. 850.</param>
/// <param name="ControlNumber">AK202: the ST02 we sent; the key to reconcile on.</param>
/// <param name="Status">AK501.</param>
/// <param name="ErrorCodes">AK502..AK506.</param>
/// <param name="SegmentErrors">AK3/AK4 details.</param>
public sealed record ReceivedTransactionSetAcknowledgement(
    string TransactionSetId,
    string ControlNumber,
    AcknowledgementStatus Status,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<ReceivedSegmentError> SegmentErrors)
{
    /// <summary>Whether the partner took the set (A or E).</summary>
    public bool IsAccepted => AcknowledgementStatusCodes.IsAccepted(Status);
}
