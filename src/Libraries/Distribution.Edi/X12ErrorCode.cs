namespace Distribution.Edi;

/// <summary>
/// The problems the reader, the envelope validator and maps report. Each maps to one X12 acknowledgement code
/// (TA105, AK905, AK502, AK304 or AK403) through <see cref="X12ErrorCodes"/>.
/// </summary>
public enum X12ErrorCode
{
    // Input level.

    /// <summary>The input is not X12 (for example UN/EDIFACT); nothing was read.</summary>
    NotX12,

    // Interchange level (TA105).

    /// <summary>IEA02 differs from ISA13 (TA105 001).</summary>
    InterchangeControlNumberMismatch,

    /// <summary>ISA13 is not 9 digits (TA105 018).</summary>
    InterchangeControlNumberInvalid,

    /// <summary>ISA09 is not a YYMMDD date (TA105 014).</summary>
    InterchangeDateInvalid,

    /// <summary>ISA10 is not an HHMM time (TA105 015).</summary>
    InterchangeTimeInvalid,

    /// <summary>ISA14 is neither 0 nor 1 (TA105 019).</summary>
    AcknowledgmentRequestedInvalid,

    /// <summary>ISA15 is neither P nor T (TA105 020).</summary>
    TestIndicatorInvalid,

    /// <summary>IEA01 differs from the number of groups (TA105 021).</summary>
    InterchangeGroupCountMismatch,

    /// <summary>The ISA is not the fixed 106 characters; it was read by its separators instead (TA105 022).</summary>
    InterchangeHeaderNotFixedWidth,

    /// <summary>A segment appears where the envelope structure does not allow it (TA105 022).</summary>
    InvalidControlStructure,

    /// <summary>The interchange ends without IEA, or the input ends inside a segment (TA105 023).</summary>
    InterchangeTrailerMissing,

    /// <summary>A data segment sits inside a group but outside any transaction set (TA105 024).</summary>
    SegmentOutsideTransactionSet,

    /// <summary>ISA05/ISA06 name no known trading partner, or not the one expected (TA105 006).</summary>
    InterchangeSenderUnknown,

    /// <summary>ISA07/ISA08 is not us (TA105 008).</summary>
    InterchangeReceiverInvalid,

    /// <summary>ISA13 was already received from this sender within its duplicate window (TA105 025).</summary>
    DuplicateInterchange,

    // Functional group level (AK905-AK909).

    /// <summary>The functional group ends without GE (AK905 3).</summary>
    GroupTrailerMissing,

    /// <summary>GE02 differs from GS06 (AK905 4).</summary>
    GroupControlNumberMismatch,

    /// <summary>GE01 differs from the number of transaction sets (AK905 5).</summary>
    GroupTransactionSetCountMismatch,

    /// <summary>GS06 is not 1–9 digits or repeats within the interchange (AK905 6).</summary>
    GroupControlNumberInvalid,

    // Transaction set level (AK502-AK506).

    /// <summary>The transaction set is not supported by the receiver (AK502 1); raised by maps.</summary>
    TransactionSetNotSupported,

    /// <summary>The transaction set ends without SE (AK502 2).</summary>
    TransactionSetTrailerMissing,

    /// <summary>SE02 differs from ST02 (AK502 3).</summary>
    TransactionSetControlNumberMismatch,

    /// <summary>SE01 differs from the number of segments ST..SE (AK502 4).</summary>
    TransactionSetSegmentCountMismatch,

    /// <summary>ST01 is missing or not a transaction set id (AK502 6).</summary>
    TransactionSetIdInvalid,

    /// <summary>ST02 is not 4–9 characters or repeats within the group (AK502 7).</summary>
    TransactionSetControlNumberInvalid,

    // Segment level (AK304).

    /// <summary>The segment id is not a valid X12 tag (AK304 1).</summary>
    UnrecognizedSegmentId,

    /// <summary>The segment is not expected here (AK304 2).</summary>
    UnexpectedSegment,

    /// <summary>A mandatory segment is missing (AK304 3).</summary>
    MandatorySegmentMissing,

    /// <summary>A loop occurs more often than allowed (AK304 4).</summary>
    LoopOccursOverMaximumTimes,

    /// <summary>A segment occurs more often than allowed (AK304 5).</summary>
    SegmentExceedsMaximumUse,

    /// <summary>The segment is not defined in the transaction set (AK304 6).</summary>
    SegmentNotInDefinedTransactionSet,

    /// <summary>The segment is out of sequence (AK304 7).</summary>
    SegmentNotInProperSequence,

    /// <summary>The segment has data element errors (AK304 8).</summary>
    SegmentHasDataElementErrors,

    /// <summary>Two terminators in a row: an empty segment, which is skipped (AK304 8, warning).</summary>
    EmptySegment,

    // Element level (AK403).

    /// <summary>A mandatory element is missing (AK403 1).</summary>
    MandatoryElementMissing,

    /// <summary>A conditionally required element is missing (AK403 2).</summary>
    ConditionalElementMissing,

    /// <summary>The segment has more elements than defined (AK403 3).</summary>
    TooManyElements,

    /// <summary>The element is shorter than its minimum length (AK403 4).</summary>
    ElementTooShort,

    /// <summary>The element is longer than its maximum length (AK403 5).</summary>
    ElementTooLong,

    /// <summary>The element holds an invalid character (AK403 6).</summary>
    InvalidCharacter,

    /// <summary>The element holds a code that is not in its code list (AK403 7).</summary>
    InvalidCodeValue,

    /// <summary>The element holds an invalid date (AK403 8).</summary>
    InvalidDate,

    /// <summary>The element holds an invalid time (AK403 9).</summary>
    InvalidTime,

    /// <summary>An exclusion condition between elements is violated (AK403 10).</summary>
    ExclusionConditionViolated,

    /// <summary>The element repeats more often than allowed (AK403 12, 5010).</summary>
    TooManyRepetitions,

    /// <summary>The composite has more components than defined (AK403 13, 5010).</summary>
    TooManyComponents,
}
