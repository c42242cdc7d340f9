namespace Distribution.Edi.Acknowledgements;

/// <summary>An inbound 997 (or 999): what the partner says about one of our functional groups.</summary>
/// <param name="FunctionalIdentifier">AK101: GS01 of our group.</param>
/// <param name="GroupControlNumber">AK102: GS06 of our group; the key to reconcile on.</param>
/// <param name="Version">AK103 (5010), or "".</param>
/// <param name="GroupStatus">AK901.</param>
/// <param name="IncludedCount">AK902, sets our GE01 declared.</param>
/// <param name="ReceivedCount">AK903, sets the partner received.</param>
/// <param name="AcceptedCount">AK904, sets the partner accepted.</param>
/// <param name="GroupErrorCodes">AK905..AK909.</param>
/// <param name="TransactionSets">The AK2 loops (possibly only the rejected sets, per the partner's policy).</param>
/// <param name="AcknowledgementControlNumber">ST02 of the 997 itself.</param>
public sealed record ReceivedFunctionalAcknowledgement(
    string FunctionalIdentifier,
    string GroupControlNumber,
    string Version,
    AcknowledgementStatus GroupStatus,
    int IncludedCount,
    int ReceivedCount,
    int AcceptedCount,
    IReadOnlyList<string> GroupErrorCodes,
    IReadOnlyList<ReceivedTransactionSetAcknowledgement> TransactionSets,
    string AcknowledgementControlNumber)
{
    /// <summary>Whether the group as a whole was taken (AK901 A or E); P means re-send only the rejected sets.</summary>
    public bool IsGroupAccepted => AcknowledgementStatusCodes.IsAccepted(GroupStatus);

    /// <summary>
    /// Whether the set with ST02 <paramref name="controlNumber"/> was accepted. A set without its own AK2 loop
    /// shares the group's fate (partners often list only rejected sets).
    /// </summary>
    public bool IsTransactionSetAccepted(string controlNumber) =>
        TransactionSets.FirstOrDefault(set => set.ControlNumber == controlNumber) is { } set
            ? set.IsAccepted
            : GroupStatus is AcknowledgementStatus.Accepted or AcknowledgementStatus.AcceptedWithErrors
                or AcknowledgementStatus.PartiallyAccepted;
}
