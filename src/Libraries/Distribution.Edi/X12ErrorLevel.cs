namespace Distribution.Edi;

/// <summary>The envelope level an <see cref="X12ErrorCode"/> belongs to, which decides how it is acknowledged.</summary>
public enum X12ErrorLevel
{
    /// <summary>The input as a whole (e.g. not X12 at all).</summary>
    Input,

    /// <summary>ISA/IEA problems, acknowledged in a TA1 (TA105).</summary>
    Interchange,

    /// <summary>GS/GE problems, acknowledged in AK905–AK909.</summary>
    Group,

    /// <summary>ST/SE problems, acknowledged in AK502–AK506.</summary>
    TransactionSet,

    /// <summary>Segment syntax problems, acknowledged in AK304.</summary>
    Segment,

    /// <summary>Element syntax problems, acknowledged in AK403.</summary>
    Element,
}
