namespace Distribution.Edi.Acknowledgements;

/// <summary>
/// Builds the TA1 for a received interchange: TA101 = ISA13, TA102/TA103 = ISA09/ISA10, TA104 = A/E/R and
/// TA105 = the note code of the first interchange-level problem (000 when there is none).
/// </summary>
public static class InterchangeAcknowledgementBuilder
{
    private const string NoErrorNote = "000";

    /// <summary>Builds the TA1 for <paramref name="interchange"/>.</summary>
    /// <param name="interchange">The received interchange (its <see cref="Interchange.Errors"/> are used).</param>
    /// <param name="delimiters">The delimiters the TA1 will be written with.</param>
    /// <param name="additionalErrors">Further problems found by the host (e.g. a duplicate ISA13).</param>
    public static InterchangeAcknowledgementResult Build(
        Interchange interchange, X12Delimiters? delimiters = null, IEnumerable<X12Error>? additionalErrors = null)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var errors = interchange.Errors.Concat(additionalErrors ?? [])
            .Where(error => error.Level == X12ErrorLevel.Interchange)
            .ToList();
        var rejecting = errors.FirstOrDefault(error => error.Severity == X12ErrorSeverity.Error);
        var first = rejecting ?? errors.FirstOrDefault();
        var status = rejecting is not null ? AcknowledgementStatus.Rejected
            : first is not null ? AcknowledgementStatus.AcceptedWithErrors
            : AcknowledgementStatus.Accepted;
        var note = first is null ? NoErrorNote : X12ErrorCodes.AcknowledgementCodeOf(first.Code);
        var segment = new Segment("TA1",
            [interchange.ControlNumber, interchange.Date, interchange.Time, AcknowledgementStatusCodes.ToCode(status), note],
            delimiters ?? X12Delimiters.Default);
        return new InterchangeAcknowledgementResult(
            interchange.AcknowledgmentRequested || rejecting is not null, status, note, segment);
    }
}
