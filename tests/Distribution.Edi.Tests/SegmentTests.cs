namespace Distribution.Edi.Tests;

[TestFixture]
public sealed class SegmentTests
{
    private static readonly X12Delimiters Delimiters = new('*', ':', '~', '^');

    [Test]
    public void Indexer_IsOneBasedAndEmptyPastTheEnd()
    {
        var segment = new Segment("BEG", ["00", "SA", "PO-1"], Delimiters);

        Assert.That(segment[1], Is.EqualTo("00"));
        Assert.That(segment.Element(3), Is.EqualTo("PO-1"));
        Assert.That(segment[4], Is.Empty);
        Assert.That(segment[0], Is.Empty);
        Assert.That(segment.ElementCount, Is.EqualTo(3));
    }

    [Test]
    public void Component_ReadsInsideComposites()
    {
        var segment = new Segment("CTP", ["", "UCP", "34.98", "1", "CA:12:EA"], Delimiters);

        Assert.That(segment.Component(5, 2), Is.EqualTo("12"));
        Assert.That(segment.Component(5, 4), Is.Empty);
        Assert.That(segment.Component(3, 1), Is.EqualTo("34.98"));
        Assert.That(segment.Components(5), Is.EqualTo(new[] { "CA", "12", "EA" }));
    }

    [Test]
    public void Repetition_ReadsRepeatsAndTheirComponents()
    {
        var segment = new Segment("HI", ["BK:0340^BF:V7389^BF:2720"], Delimiters);

        Assert.That(segment.Repetitions(1), Has.Count.EqualTo(3));
        Assert.That(segment.Repetition(1, 2), Is.EqualTo("BF:V7389"));
        Assert.That(segment.Component(1, 2, 3), Is.EqualTo("2720"));
        Assert.That(segment.Repetition(1, 4), Is.Empty);
    }

    [Test]
    public void Isa_ElementsAreNeverSplitOnTheSeparatorsTheyDeclare()
    {
        var segment = new Segment("ISA", [.. Enumerable.Repeat("X", 10), "^", "00501", "1", "0", "P", ":"], Delimiters);

        Assert.That(segment.Repetitions(11), Is.EqualTo(new[] { "^" }));
        Assert.That(segment.Component(16, 1), Is.EqualTo(":"));
    }

    [Test]
    public void ToString_WritesTheSegmentWithItsDelimiters()
    {
        Assert.That(new Segment("N1", ["ST", "ACME"], Delimiters).ToString(), Is.EqualTo("N1*ST*ACME~"));
    }
}
