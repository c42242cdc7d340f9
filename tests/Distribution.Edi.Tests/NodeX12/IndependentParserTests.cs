using System.Text;
using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Reading;
using Distribution.Edi.Tests.Acknowledgements;
using Distribution.Edi.Tests.Samples;
using Distribution.Edi.Tests.Writing;
using Distribution.Tests.Shared;

namespace Distribution.Edi.Tests.NodeX12;

/// <summary>
/// Every document the tests write (round-tripped samples, 997s, TA1s) is parsed by node-x12, an independent
/// parser: strict mode must find no error and the same number of transaction sets.
/// </summary>
[TestFixture]
public sealed class IndependentParserTests
{
    private readonly Dictionary<string, int> _expectedTransactions = new(StringComparer.Ordinal);
    private string _folder = "";
    private IReadOnlyList<IndependentX12Parser.Result> _results = [];

    [OneTimeSetUp]
    public void WriteDocumentsAndParseThemWithNodeX12()
    {
        SampleCorpus.Folder();
        _folder = Path.Combine(Path.GetTempPath(), "distribution-edi-node-x12", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        WriteRoundTrippedSamples();
        WriteAcknowledgements();
        _results = IndependentX12Parser.ParseAll(_folder);
    }

    [OneTimeTearDown]
    public void RemoveDocuments()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void NodeX12_ParsedEveryWrittenDocument()
    {
        Assert.That(_results.Select(result => result.File), Is.EquivalentTo(_expectedTransactions.Keys));
        Assert.That(_results, Has.Count.GreaterThan(20));
    }

    [Test]
    public void NodeX12Strict_FindsNoErrorAndTheSameTransactionSetCount()
    {
        Assert.Multiple(() =>
        {
            foreach (var result in _results.Where(result => result.Strict))
            {
                Assert.That(result.Error, Is.Null, result.File);
                Assert.That(result.Diagnostics, Is.Empty, result.File);
                Assert.That(result.Transactions, Is.EqualTo(_expectedTransactions[result.File]), result.File);
            }
        });
    }

    [Test]
    public void NodeX12Lenient_OnTa1_ComplainsOnlyThatTa1IsOutsideAGroup()
    {
        var ta1s = _results.Where(result => !result.Strict).ToList();

        Assert.That(ta1s, Is.Not.Empty);
        foreach (var result in ta1s)
        {
            Assert.That(result.Error, Is.Null, result.File);
            Assert.That(result.Interchanges, Is.EqualTo(1), result.File);
            Assert.That(result.Diagnostics, Is.Not.Empty.And.All.StartsWith("X12 Standard: TA1 segment cannot appear outside of a"), result.File);
        }
    }

    private void WriteRoundTrippedSamples()
    {
        foreach (var fileName in SampleCorpus.X12FileNames())
        {
            var read = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf(fileName)));
            foreach (var interchange in read.Interchanges)
            {
                // One interchange per file: node-x12 takes the delimiters of the first ISA for the whole file.
                Save($"roundtrip-{Path.GetFileNameWithoutExtension(fileName)}-{interchange.Index}.x12",
                    RoundTrip.Write(interchange, interchange.Delimiters.Segment is '\n' or '\r' ? "" : "\n"),
                    interchange.TransactionSets.Count());
            }
        }
    }

    private void WriteAcknowledgements()
    {
        var options = new FunctionalAcknowledgementOptions { ControlNumber = "0001" };
        foreach (var fileName in SampleCorpus.X12FileNames())
        {
            var read = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf(fileName)));
            foreach (var group in read.Interchanges.SelectMany(interchange => interchange.Groups))
            {
                var ack = FunctionalAcknowledgementBuilder.Build(group, options);
                if (ack.IsAcknowledged)
                {
                    Save($"997-{Path.GetFileNameWithoutExtension(fileName)}-{group.ControlNumber}.x12", AcknowledgementDocuments.Write997(ack), 1);
                }
            }

            var ta1 = InterchangeAcknowledgementBuilder.Build(read.Interchanges[0]);
            Save($"ta1-{Path.GetFileNameWithoutExtension(fileName)}.lenient.x12", AcknowledgementDocuments.WriteTa1(ta1), 0);
        }

        var broken = X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("SE*5*", "SE*9*", StringComparison.Ordinal)
            .Replace("CTT*1~", "CTT*1~z9*X~", StringComparison.Ordinal)).Interchanges.Single();
        var rejected = FunctionalAcknowledgementBuilder.Build(broken.Groups.Single(), options);
        Assert.That(rejected.GroupStatus, Is.EqualTo(AcknowledgementStatus.Rejected));
        Save("997-rejected-with-ak3.x12", AcknowledgementDocuments.Write997(rejected), 1);
        var rejected5010 = FunctionalAcknowledgementBuilder.Build(
            X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("*004010~", "*005010~", StringComparison.Ordinal)
                .Replace("GE*1*7", "GE*1*8", StringComparison.Ordinal)).Interchanges.Single().Groups.Single(), options);
        Save("997-rejected-5010.x12", AcknowledgementDocuments.Write997(rejected5010), 1);
    }

    private void Save(string name, string text, int transactions)
    {
        File.WriteAllText(Path.Combine(_folder, name), text, new UTF8Encoding(false));
        _expectedTransactions[name] = transactions;
    }
}
