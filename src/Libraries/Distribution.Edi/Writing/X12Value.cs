namespace Distribution.Edi.Writing;

/// <summary>
/// An element value for <see cref="X12Writer"/>: a simple value (strings convert implicitly), a composite of
/// components, or repetitions. The writer joins the parts with its own delimiters, so callers never embed them.
/// </summary>
public readonly struct X12Value
{
    private X12Value(string? simple, IReadOnlyList<string>? components, IReadOnlyList<X12Value>? repetitions)
    {
        Simple = simple;
        Components = components;
        Repetitions = repetitions;
    }

    internal string? Simple { get; }

    internal IReadOnlyList<string>? Components { get; }

    internal IReadOnlyList<X12Value>? Repetitions { get; }

    /// <summary>A simple element value; <c>null</c> writes an empty element.</summary>
    public static implicit operator X12Value(string? value) => FromString(value);

    /// <summary>A simple element value; <c>null</c> writes an empty element.</summary>
    public static X12Value FromString(string? value) => new(value ?? "", null, null);

    /// <summary>A composite element: components joined with the component separator.</summary>
    public static X12Value Composite(params IReadOnlyList<string> components) => new(null, components, null);

    /// <summary>A repeated element: values joined with the repetition separator (version 00402 and later).</summary>
    public static X12Value Repeated(params IReadOnlyList<X12Value> repetitions) => new(null, null, repetitions);
}
