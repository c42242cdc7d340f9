using System.Buffers;

namespace Distribution.Edi;

/// <summary>
/// The delimiters of one interchange. X12 has no escape character, so a value may never contain any of them.
/// </summary>
public sealed class X12Delimiters : IEquatable<X12Delimiters>
{
    private readonly SearchValues<char> _all;

    /// <summary>Creates a delimiter set; all delimiters must differ from each other.</summary>
    /// <param name="element">Element separator (the character after "ISA").</param>
    /// <param name="component">Component separator (ISA16).</param>
    /// <param name="segment">Segment terminator (character 106 of the ISA).</param>
    /// <param name="repetition">Repetition separator (ISA11 from version 00402 on), or <c>null</c> when none.</param>
    public X12Delimiters(char element, char component, char segment, char? repetition = null)
    {
        var chars = repetition is { } r ? new[] { element, component, segment, r } : [element, component, segment];
        if (chars.Distinct().Count() != chars.Length)
        {
            throw new ArgumentException(
                $"X12 delimiters must all differ: element {Describe(element)}, component {Describe(component)}, " +
                $"segment {Describe(segment)}, repetition {(repetition is { } rep ? Describe(rep) : "none")}.");
        }

        Element = element;
        Component = component;
        Segment = segment;
        Repetition = repetition;
        _all = SearchValues.Create(chars);
    }

    /// <summary>The common <c>* &gt; ~</c> delimiters without a repetition separator, valid in every version
    /// (a repetition separator may only be declared from 00402 on).</summary>
    public static X12Delimiters Default { get; } = new('*', '>', '~');

    /// <summary>Element separator.</summary>
    public char Element { get; }

    /// <summary>Component (sub-element) separator, ISA16.</summary>
    public char Component { get; }

    /// <summary>Segment terminator.</summary>
    public char Segment { get; }

    /// <summary>Repetition separator (ISA11 in version 00402 and later); <c>null</c> when the interchange has none.</summary>
    public char? Repetition { get; }

    /// <summary>Index of the first delimiter in <paramref name="value"/>, or -1 when it holds none.</summary>
    public int IndexOfAnyDelimiter(ReadOnlySpan<char> value) => value.IndexOfAny(_all);

    /// <summary>Shows a delimiter readably: printable as itself, control characters as hex.</summary>
    public static string Describe(char delimiter) =>
        char.IsControl(delimiter) || char.IsWhiteSpace(delimiter) ? $"0x{(int)delimiter:X2}" : $"'{delimiter}'";

    /// <inheritdoc />
    public bool Equals(X12Delimiters? other) =>
        other is not null && Element == other.Element && Component == other.Component &&
        Segment == other.Segment && Repetition == other.Repetition;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as X12Delimiters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Element, Component, Segment, Repetition);

    /// <inheritdoc />
    public override string ToString() =>
        $"element {Describe(Element)}, component {Describe(Component)}, segment {Describe(Segment)}, " +
        $"repetition {(Repetition is { } r ? Describe(r) : "none")}";
}
