namespace Distribution.Edi;

/// <summary>What an input turned out to be.</summary>
public enum EdiFormat
{
    /// <summary>Nothing recognisable (empty, or neither X12 nor EDIFACT).</summary>
    Unknown,

    /// <summary>ASC X12 (starts with an ISA segment).</summary>
    X12,

    /// <summary>UN/EDIFACT (starts with UNA or UNB); this library does not read it.</summary>
    Edifact,
}
