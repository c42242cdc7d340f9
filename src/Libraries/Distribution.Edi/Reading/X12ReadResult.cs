namespace Distribution.Edi.Reading;

/// <summary>Everything read from one input.</summary>
/// <param name="Format">What the input is; only <see cref="EdiFormat.X12"/> yields interchanges.</param>
/// <param name="Interchanges">The interchanges in input order.</param>
/// <param name="Errors">Every problem found, including those outside any interchange.</param>
public sealed record X12ReadResult(EdiFormat Format, IReadOnlyList<Interchange> Interchanges, IReadOnlyList<X12Error> Errors)
{
    /// <summary>Whether the input is X12.</summary>
    public bool IsX12 => Format == EdiFormat.X12;
}
