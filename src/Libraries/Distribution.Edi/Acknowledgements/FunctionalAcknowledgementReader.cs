using System.Globalization;

namespace Distribution.Edi.Acknowledgements;

/// <summary>
/// Reads inbound 997s (and 999s, whose IK3/IK4/IK5 mirror AK3/AK4/AK5) into what the partner accepted or rejected,
/// keyed by our GS06 (AK102) and ST02 (AK202), so the host can reconcile them with what it sent.
/// </summary>
public static class FunctionalAcknowledgementReader
{
    /// <summary>Every 997/999 in <paramref name="interchange"/>.</summary>
    public static IReadOnlyList<ReceivedFunctionalAcknowledgement> Read(Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return interchange.TransactionSets.Where(IsFunctionalAcknowledgement).Select(Read).ToList();
    }

    /// <summary>Whether <paramref name="set"/> is a 997 or 999.</summary>
    public static bool IsFunctionalAcknowledgement(TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Id is "997" or "999";
    }

    /// <summary>Reads one 997/999.</summary>
    /// <exception cref="ArgumentException"><paramref name="set"/> is not a 997 or 999.</exception>
    public static ReceivedFunctionalAcknowledgement Read(TransactionSet set)
    {
        if (!IsFunctionalAcknowledgement(set))
        {
            throw new ArgumentException($"Transaction set {set.Id} ({set.ControlNumber}) is not a 997 or 999.", nameof(set));
        }

        Segment? ak1 = null;
        Segment? ak9 = null;
        var sets = new List<ReceivedTransactionSetAcknowledgement>();
        SetDraft? current = null;
        foreach (var segment in set.Body)
        {
            switch (segment.Id)
            {
                case "AK1":
                    ak1 = segment;
                    break;
                case "AK2":
                    current = new SetDraft(segment);
                    break;
                case "AK3" or "IK3":
                    current?.Segments.Add(new SegmentDraft(segment));
                    break;
                case "AK4" or "IK4":
                    current?.Segments.LastOrDefault()?.Elements.Add(ElementError(segment));
                    break;
                case "AK5" or "IK5":
                    if (current is not null)
                    {
                        sets.Add(current.Build(segment));
                        current = null;
                    }

                    break;
                case "AK9":
                    ak9 = segment;
                    break;
            }
        }

        return new ReceivedFunctionalAcknowledgement(
            ak1?[1] ?? "",
            ak1?[2] ?? "",
            ak1?[3] ?? "",
            AcknowledgementStatusCodes.Parse(ak9?[1] ?? ""),
            Number(ak9?[2]),
            Number(ak9?[3]),
            Number(ak9?[4]),
            Codes(ak9, 5, 9),
            sets,
            set.ControlNumber);
    }

    private static ReceivedElementError ElementError(Segment ak4) => new(
        Number(ak4.Component(1, 1)),
        Number(ak4.Component(1, 2)),
        Number(ak4.Component(1, 3)),
        ak4[2],
        ak4[3],
        ak4[4]);

    private static IReadOnlyList<string> Codes(Segment? segment, int first, int last) =>
        segment is null
            ? []
            : Enumerable.Range(first, last - first + 1).Select(position => segment[position]).Where(code => code.Length > 0).ToList();

    private static int Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private sealed class SegmentDraft(Segment ak3)
    {
        public List<ReceivedElementError> Elements { get; } = [];

        public ReceivedSegmentError Build() => new(ak3[1], Number(ak3[2]), ak3[3], ak3[4], Elements);
    }

    private sealed class SetDraft(Segment ak2)
    {
        public List<SegmentDraft> Segments { get; } = [];

        public ReceivedTransactionSetAcknowledgement Build(Segment ak5) => new(
            ak2[1],
            ak2[2],
            AcknowledgementStatusCodes.Parse(ak5[1]),
            Codes(ak5, 2, 6),
            Segments.Select(segment => segment.Build()).ToList());
    }
}
