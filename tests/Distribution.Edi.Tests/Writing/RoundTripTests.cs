using Distribution.Edi.Reading;
using Distribution.Edi.Tests.Samples;

namespace Distribution.Edi.Tests.Writing;

/// <summary>Every X12 sample, read, written back by the strict writer and read again, has the same segments.</summary>
[TestFixture]
public sealed class RoundTripTests
{
    public static IEnumerable<string> X12Samples() => SampleCorpusTests.X12Samples();

    [TestCaseSource(nameof(X12Samples))]
    public void Sample_WrittenBackAndReRead_HasTheSameSegments(string fileName)
    {
        var original = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf(fileName)));

        foreach (var interchange in original.Interchanges)
        {
            var written = RoundTrip.Write(interchange);
            var reread = X12Reader.ReadAll(written);

            Assert.That(reread.Errors, Is.Empty, string.Join(Environment.NewLine, reread.Errors));
            Assert.That(RoundTrip.Flatten(reread.Interchanges.Single()), Is.EqualTo(RoundTrip.Flatten(interchange)));
            Assert.That(reread.Interchanges.Single().Delimiters, Is.EqualTo(interchange.Delimiters));
        }
    }
}
