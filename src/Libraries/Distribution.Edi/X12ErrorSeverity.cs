namespace Distribution.Edi;

/// <summary>How bad an <see cref="X12Error"/> is.</summary>
public enum X12ErrorSeverity
{
    /// <summary>Tolerated deviation: the data is still usable (AK5/AK9 "E", TA104 "E").</summary>
    Warning,

    /// <summary>The enclosing transaction set, group or interchange must be rejected.</summary>
    Error,
}
