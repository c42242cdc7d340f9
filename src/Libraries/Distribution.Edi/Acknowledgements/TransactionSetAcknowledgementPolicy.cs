namespace Distribution.Edi.Acknowledgements;

/// <summary>Which transaction sets get an AK2/AK5 loop in a 997 (a per-partner agreement setting).</summary>
public enum TransactionSetAcknowledgementPolicy
{
    /// <summary>An AK2/AK5 for every received set, accepted ones included.</summary>
    EverySet,

    /// <summary>AK2/AK5 only for sets with errors; AK9 still counts them all.</summary>
    OnlySetsWithErrors,
}
