namespace Distribution.Edi.Envelopes;

/// <summary>What a trailer (SE, GE, IEA) counts and which header control number it echoes.</summary>
/// <param name="Trailer">Trailer id.</param>
/// <param name="Counted">What element 1 counts, for messages.</param>
/// <param name="CountCode">Error when the count is wrong.</param>
/// <param name="Header">The header element echoed in element 2, for messages.</param>
/// <param name="ControlNumberCode">Error when the echo differs.</param>
/// <param name="NumericControlNumber">Whether the control number is numeric (N0), so leading zeros do not matter.</param>
internal sealed record TrailerRule(
    string Trailer, string Counted, X12ErrorCode CountCode, string Header, X12ErrorCode ControlNumberCode, bool NumericControlNumber)
{
    public static TrailerRule TransactionSet { get; } = new("SE", "segments (ST..SE)",
        X12ErrorCode.TransactionSetSegmentCountMismatch, "ST02", X12ErrorCode.TransactionSetControlNumberMismatch, false);

    public static TrailerRule Group { get; } = new("GE", "transaction sets",
        X12ErrorCode.GroupTransactionSetCountMismatch, "GS06", X12ErrorCode.GroupControlNumberMismatch, true);

    public static TrailerRule Interchange { get; } = new("IEA", "functional groups",
        X12ErrorCode.InterchangeGroupCountMismatch, "ISA13", X12ErrorCode.InterchangeControlNumberMismatch, true);
}
