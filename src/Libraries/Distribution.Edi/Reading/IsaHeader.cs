namespace Distribution.Edi.Reading;

/// <summary>What <see cref="IsaHeaderParser"/> learned from one ISA.</summary>
/// <param name="Delimiters">The delimiters the interchange declares.</param>
/// <param name="CleanLength">Length of the ISA text (without line breaks and terminator) written to the clean buffer.</param>
/// <param name="RawLength">Raw characters consumed, terminator included.</param>
/// <param name="IsFixedWidth">Whether the separators sit at the standard fixed positions.</param>
internal readonly record struct IsaHeader(X12Delimiters Delimiters, int CleanLength, int RawLength, bool IsFixedWidth);
