using Distribution.Edi;

namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>What a receipt check found.</summary>
public enum ReceiptCheck
{
    /// <summary>Not seen within the partner's window: process it (it has now been recorded).</summary>
    New,

    /// <summary>Seen within the window: do not process it again.</summary>
    Duplicate,
}

/// <summary>One received interchange as the duplicate check needs it.</summary>
/// <param name="Pair">Us (ISA07/08) and the sending partner (ISA05/06).</param>
/// <param name="InterchangeControlNumber">ISA13.</param>
/// <param name="GroupControlNumbers">GS06 of each functional group, in order.</param>
public sealed record ReceivedInterchangeKey(PartnerPair Pair, int InterchangeControlNumber, IReadOnlyList<int> GroupControlNumbers);

/// <summary>
/// Remembers received interchanges so a resent one is recognised. Atomic: of two concurrent checks of the same
/// interchange exactly one answers <see cref="ReceiptCheck.New"/>.
/// </summary>
public interface IReceivedInterchangeRegistry
{
    /// <summary>
    /// <see cref="ReceiptCheck.Duplicate"/> when the same partner pair sent the same ISA13 within
    /// <paramref name="window"/> (the partner's duplicate-check window); otherwise records the receipt (with the
    /// current correlation id) and answers <see cref="ReceiptCheck.New"/>.
    /// </summary>
    Task<ReceiptCheck> CheckAndRecordAsync(ReceivedInterchangeKey interchange, TimeSpan window, CancellationToken cancellationToken);
}

/// <summary>
/// A document-level duplicate check on a business key (e.g. BEG03 of an 850 per customer), for partners that resend
/// the same order in a new interchange. Document maps implement it; every registered one applying to a transaction
/// set is asked.
/// </summary>
public interface IBusinessKeyDuplicateCheck
{
    /// <summary>True when this check handles <paramref name="transactionSetId"/> (ST01, e.g. <c>850</c>).</summary>
    bool AppliesTo(string transactionSetId);

    /// <summary>A reason when <paramref name="transactionSet"/> from <paramref name="pair"/> duplicates an earlier document, else null.</summary>
    Task<string?> FindDuplicateAsync(PartnerPair pair, TransactionSet transactionSet, CancellationToken cancellationToken);
}

/// <summary>Runs every registered <see cref="IBusinessKeyDuplicateCheck"/> that applies to a transaction set.</summary>
public sealed class BusinessKeyDuplicateChecks(IEnumerable<IBusinessKeyDuplicateCheck> checks)
{
    private readonly IReadOnlyList<IBusinessKeyDuplicateCheck> _checks = checks.ToList();

    /// <summary>The reasons the applicable checks gave; empty when the document is new (or no check applies).</summary>
    public async Task<IReadOnlyList<string>> FindDuplicatesAsync(
        PartnerPair pair, TransactionSet transactionSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(transactionSet);
        var reasons = new List<string>();
        foreach (var check in _checks.Where(c => c.AppliesTo(transactionSet.Id)))
        {
            if (await check.FindDuplicateAsync(pair, transactionSet, cancellationToken) is { } reason)
            {
                reasons.Add(reason);
            }
        }

        return reasons;
    }
}
