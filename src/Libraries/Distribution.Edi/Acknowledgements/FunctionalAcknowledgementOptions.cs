namespace Distribution.Edi.Acknowledgements;

/// <summary>How to build a 997.</summary>
public sealed record FunctionalAcknowledgementOptions
{
    /// <summary>ST02 of the 997 (4–9 characters), from the sender's control-number sequence.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>Which sets get AK2/AK5 loops.</summary>
    public TransactionSetAcknowledgementPolicy SetPolicy { get; init; } = TransactionSetAcknowledgementPolicy.EverySet;

    /// <summary>The delimiters the 997 will be written with: AK404 copies of bad data are cleaned of them.</summary>
    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;
}
