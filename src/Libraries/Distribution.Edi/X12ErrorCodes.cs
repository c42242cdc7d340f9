namespace Distribution.Edi;

/// <summary>
/// Maps <see cref="X12ErrorCode"/> to the envelope level it belongs to and to the code an acknowledgement carries
/// there (TA105, AK905, AK502, AK304 or AK403). One table, so the levels and the codes cannot drift apart.
/// </summary>
public static class X12ErrorCodes
{
    /// <summary>The envelope level of <paramref name="code"/>.</summary>
    public static X12ErrorLevel LevelOf(X12ErrorCode code) => Describe(code).Level;

    /// <summary>
    /// The acknowledgement code for <paramref name="code"/>: a TA105 note code ("001"), an AK905 / AK502 / AK304 /
    /// AK403 code ("4"), or an empty string for input-level errors, which no acknowledgement can carry.
    /// </summary>
    public static string AcknowledgementCodeOf(X12ErrorCode code) => Describe(code).Code;

    private static (X12ErrorLevel Level, string Code) Describe(X12ErrorCode code) => code switch
    {
        X12ErrorCode.NotX12 => (X12ErrorLevel.Input, ""),
        X12ErrorCode.InterchangeControlNumberMismatch => (X12ErrorLevel.Interchange, "001"),
        X12ErrorCode.InterchangeDateInvalid => (X12ErrorLevel.Interchange, "014"),
        X12ErrorCode.InterchangeTimeInvalid => (X12ErrorLevel.Interchange, "015"),
        X12ErrorCode.InterchangeControlNumberInvalid => (X12ErrorLevel.Interchange, "018"),
        X12ErrorCode.AcknowledgmentRequestedInvalid => (X12ErrorLevel.Interchange, "019"),
        X12ErrorCode.TestIndicatorInvalid => (X12ErrorLevel.Interchange, "020"),
        X12ErrorCode.InterchangeGroupCountMismatch => (X12ErrorLevel.Interchange, "021"),
        X12ErrorCode.InterchangeHeaderNotFixedWidth => (X12ErrorLevel.Interchange, "022"),
        X12ErrorCode.InvalidControlStructure => (X12ErrorLevel.Interchange, "022"),
        X12ErrorCode.InterchangeSenderUnknown => (X12ErrorLevel.Interchange, "006"),
        X12ErrorCode.InterchangeReceiverInvalid => (X12ErrorLevel.Interchange, "008"),
        X12ErrorCode.DuplicateInterchange => (X12ErrorLevel.Interchange, "025"),
        X12ErrorCode.InterchangeTrailerMissing => (X12ErrorLevel.Interchange, "023"),
        X12ErrorCode.SegmentOutsideTransactionSet => (X12ErrorLevel.Interchange, "024"),
        X12ErrorCode.GroupTrailerMissing => (X12ErrorLevel.Group, "3"),
        X12ErrorCode.GroupControlNumberMismatch => (X12ErrorLevel.Group, "4"),
        X12ErrorCode.GroupTransactionSetCountMismatch => (X12ErrorLevel.Group, "5"),
        X12ErrorCode.GroupControlNumberInvalid => (X12ErrorLevel.Group, "6"),
        X12ErrorCode.TransactionSetNotSupported => (X12ErrorLevel.TransactionSet, "1"),
        X12ErrorCode.TransactionSetTrailerMissing => (X12ErrorLevel.TransactionSet, "2"),
        X12ErrorCode.TransactionSetControlNumberMismatch => (X12ErrorLevel.TransactionSet, "3"),
        X12ErrorCode.TransactionSetSegmentCountMismatch => (X12ErrorLevel.TransactionSet, "4"),
        X12ErrorCode.TransactionSetIdInvalid => (X12ErrorLevel.TransactionSet, "6"),
        X12ErrorCode.TransactionSetControlNumberInvalid => (X12ErrorLevel.TransactionSet, "7"),
        X12ErrorCode.UnrecognizedSegmentId => (X12ErrorLevel.Segment, "1"),
        X12ErrorCode.UnexpectedSegment => (X12ErrorLevel.Segment, "2"),
        X12ErrorCode.MandatorySegmentMissing => (X12ErrorLevel.Segment, "3"),
        X12ErrorCode.LoopOccursOverMaximumTimes => (X12ErrorLevel.Segment, "4"),
        X12ErrorCode.SegmentExceedsMaximumUse => (X12ErrorLevel.Segment, "5"),
        X12ErrorCode.SegmentNotInDefinedTransactionSet => (X12ErrorLevel.Segment, "6"),
        X12ErrorCode.SegmentNotInProperSequence => (X12ErrorLevel.Segment, "7"),
        X12ErrorCode.SegmentHasDataElementErrors => (X12ErrorLevel.Segment, "8"),
        X12ErrorCode.EmptySegment => (X12ErrorLevel.Segment, "8"),
        X12ErrorCode.MandatoryElementMissing => (X12ErrorLevel.Element, "1"),
        X12ErrorCode.ConditionalElementMissing => (X12ErrorLevel.Element, "2"),
        X12ErrorCode.TooManyElements => (X12ErrorLevel.Element, "3"),
        X12ErrorCode.ElementTooShort => (X12ErrorLevel.Element, "4"),
        X12ErrorCode.ElementTooLong => (X12ErrorLevel.Element, "5"),
        X12ErrorCode.InvalidCharacter => (X12ErrorLevel.Element, "6"),
        X12ErrorCode.InvalidCodeValue => (X12ErrorLevel.Element, "7"),
        X12ErrorCode.InvalidDate => (X12ErrorLevel.Element, "8"),
        X12ErrorCode.InvalidTime => (X12ErrorLevel.Element, "9"),
        X12ErrorCode.ExclusionConditionViolated => (X12ErrorLevel.Element, "10"),
        X12ErrorCode.TooManyRepetitions => (X12ErrorLevel.Element, "12"),
        X12ErrorCode.TooManyComponents => (X12ErrorLevel.Element, "13"),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown X12 error code."),
    };
}
