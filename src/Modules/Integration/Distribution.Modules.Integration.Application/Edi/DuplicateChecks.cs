using Distribution.Edi;

namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>What a receipt check found.</summary>
public enum ReceiptCheck
{
    /// <summary>Not seen within the partner's window: process it (it is now claimed for this receipt).</summary>
    New,

    /// <summary>Taken within the window: do not process it again.</summary>
    Duplicate,

    /// <summary>Another receipt of the same interchange is being processed right now: leave it and try later.</summary>
    InProgress,
}

/// <summary>One received interchange as the duplicate check needs it.</summary>
/// <param name="Pair">Us (ISA07/08) and the sending partner (ISA05/06).</param>
/// <param name="InterchangeControlNumber">ISA13.</param>
/// <param name="GroupControlNumbers">GS06 of each functional group, in order.</param>
public sealed record ReceivedInterchangeKey(PartnerPair Pair, int InterchangeControlNumber, IReadOnlyList<int> GroupControlNumbers);

/// <summary>
/// Remembers received interchanges so a resent one is recognised, in two steps so that neither a race nor a crash
/// loses or doubles one: <see cref="CheckAndRecordAsync"/> claims the interchange at once (of two concurrent checks
/// exactly one answers <see cref="ReceiptCheck.New"/>), and <see cref="MarkTakenAsync"/> marks it taken inside the
/// receiving unit of work, so it counts as received only if the receipt commits. A claim whose receipt never
/// committed (the process died) lapses after <see cref="ClaimTimeout"/>, and the interchange can be received again.
/// </summary>
public interface IReceivedInterchangeRegistry
{
    /// <summary>How long an untaken claim blocks other receipts of the same interchange.</summary>
    static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <see cref="ReceiptCheck.Duplicate"/> when the same partner pair's ISA13 was taken within
    /// <paramref name="window"/> (the partner's duplicate-check window); <see cref="ReceiptCheck.InProgress"/> while
    /// another receipt holds a live claim; otherwise claims it (with the current correlation id, committed at once)
    /// and answers <see cref="ReceiptCheck.New"/>.
    /// </summary>
    Task<ReceiptCheck> CheckAndRecordAsync(ReceivedInterchangeKey interchange, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Marks a claimed interchange as taken; saved by the module's next commit (the receipt's).</summary>
    Task MarkTakenAsync(ReceivedInterchangeKey interchange, CancellationToken cancellationToken);

    /// <summary>Drops an untaken claim (the receipt failed), so the interchange can be received again at once.</summary>
    Task ReleaseAsync(ReceivedInterchangeKey interchange, CancellationToken cancellationToken);
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
