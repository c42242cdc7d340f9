namespace Distribution.Edi;

/// <summary>One problem found while reading or validating X12, with its exact location.</summary>
/// <param name="Code">What is wrong; <see cref="X12ErrorCodes"/> maps it to the 997/TA1 code lists.</param>
/// <param name="Severity">Whether the enclosing unit must be rejected.</param>
/// <param name="Message">A human readable explanation, naming the values involved.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="BadValue">The offending value (AK404), when there is one.</param>
public sealed record X12Error(
    X12ErrorCode Code,
    X12ErrorSeverity Severity,
    string Message,
    EdiLocation Location,
    string? BadValue = null)
{
    /// <summary>The envelope level the error belongs to.</summary>
    public X12ErrorLevel Level => X12ErrorCodes.LevelOf(Code);

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Code}: {Message} [{Location}]";
}
