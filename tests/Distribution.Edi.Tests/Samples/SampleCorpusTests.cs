using Distribution.Edi.Reading;

namespace Distribution.Edi.Tests.Samples;

/// <summary>Reads every file of the shared sample corpus and checks what MANIFEST.txt states about it.</summary>
[TestFixture]
public sealed class SampleCorpusTests
{
    public static IEnumerable<string> AllSamples() => SampleCorpus.FileNames().DefaultIfEmpty("(samples folder missing)");

    public static IEnumerable<string> X12Samples() => SampleCorpus.X12FileNames().DefaultIfEmpty("(samples folder missing)");

    [TestCaseSource(nameof(AllSamples))]
    public void EverySample_IsDescribedByTheManifest(string fileName)
    {
        var facts = ManifestFacts.Load(SampleCorpus.Folder());

        Assert.That(facts.ContainsKey(fileName) || fileName.Contains("EDIFACT", StringComparison.Ordinal), Is.True,
            $"{fileName} has no expected facts in MANIFEST.txt");
    }

    [TestCaseSource(nameof(X12Samples))]
    public void X12Sample_MatchesManifestDelimitersSetsAndVersions(string fileName)
    {
        var expected = ManifestFacts.Load(SampleCorpus.Folder())[fileName];

        using var stream = File.OpenRead(SampleCorpus.PathOf(fileName));
        var result = X12Reader.ReadAll(stream);

        Assert.That(result.Format, Is.EqualTo(EdiFormat.X12));
        Assert.That(result.Errors, Is.Empty, string.Join(Environment.NewLine, result.Errors));
        Assert.That(result.Interchanges, Has.Count.EqualTo(expected.Count));
        for (var index = 0; index < expected.Count; index++)
        {
            var interchange = result.Interchanges[index];
            Assert.That(interchange.Delimiters.Element, Is.EqualTo(expected[index].Element), $"interchange {index + 1} element separator");
            Assert.That(interchange.Delimiters.Segment, Is.EqualTo(expected[index].Terminator), $"interchange {index + 1} terminator");
            var sets = interchange.Groups
                .SelectMany(group => group.TransactionSets.Select(set => $"{set.Id}/{group.FunctionalIdentifier}/{set.Version}"))
                .ToList();
            Assert.That(sets, Is.EqualTo(expected[index].TransactionSets), $"interchange {index + 1} sets");
            Assert.That(interchange.Trailer, Is.Not.Null);
            Assert.That(interchange.Index, Is.EqualTo(index + 1));
        }
    }

    [TestCaseSource(nameof(X12Samples))]
    public void X12Sample_ReadsTheSameFromTextBytesAndStream(string fileName)
    {
        var bytes = SampleCorpus.Bytes(fileName);
        var fromBytes = Flatten(X12Reader.FromBytes(bytes));
        var fromText = Flatten(X12Reader.FromText(new System.Text.UTF8Encoding(false).GetString(bytes)));

        Assert.That(fromText, Is.EqualTo(fromBytes));
        Assert.That(fromBytes, Is.Not.Empty);
    }

    [Test]
    public void EdifactSample_IsReportedAsNotX12()
    {
        var result = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf("15_EDIFACT_ORDERS_D96B_EANCOM_with_UNG.edi")));

        Assert.That(result.Format, Is.EqualTo(EdiFormat.Edifact));
        Assert.That(result.IsX12, Is.False);
        Assert.That(result.Interchanges, Is.Empty);
        Assert.That(result.Errors.Single().Code, Is.EqualTo(X12ErrorCode.NotX12));
        Assert.That(result.Errors.Single().Message, Does.Contain("EDIFACT"));
    }

    [Test]
    public void Sample01_DropShipPurchaseOrder_HasTheManifestValues()
    {
        var interchange = ReadSingle("01_850_5010_dropship.edi");
        var set = interchange.TransactionSets.Single();

        Assert.That(interchange.Groups.Single().FunctionalIdentifier, Is.EqualTo("OW"));
        Assert.That(set.ControlNumber, Is.EqualTo("000000057"));
        Assert.That(Find(set, "BEG")[2], Is.EqualTo("DS"));
        Assert.That(Find(set, "PO1")[1], Is.EqualTo("item-1"));
        Assert.That(Find(set, "PO1")[2], Is.EqualTo("0008"));
        Assert.That(Find(set, "CTT")[1], Is.EqualTo("2"));
        Assert.That(Find(set, "AMT")[2], Is.EqualTo("3700"));
        Assert.That(interchange.IsTest, Is.True);
        Assert.That(interchange.Version, Is.EqualTo("00501"));
    }

    [Test]
    public void Sample02_RepetitionSeparatorIsCaret()
    {
        var interchange = ReadSingle("02_855_5010.edi");

        Assert.That(interchange.Delimiters.Repetition, Is.EqualTo('^'));
        Assert.That(Find(interchange.TransactionSets.Single(), "BAK")[3], Is.EqualTo("365465413"));
    }

    [Test]
    public void Sample03_StreetNameContainingIsa_IsNotTakenForAHeader()
    {
        var interchange = ReadSingle("03_855_4010_line_ack.edi");
        var set = interchange.TransactionSets.Single();

        Assert.That(set.Segments.Count(segment => segment.Is("N3")), Is.EqualTo(2));
        Assert.That(set.Segments.Any(segment => segment[1] == "7615 DISALLE BOULEVARD"), Is.True);
        Assert.That(Find(set, "CTT").Elements, Is.EqualTo(new[] { "4", "5" }));
        Assert.That(set.Segments.First(segment => segment.Is("ACK"))[29], Is.EqualTo("AC"));
    }

    [Test]
    public void Sample04_DashIsTheRepetitionSeparatorIn00406()
    {
        var interchange = ReadSingle("04_856_4060_dash_isa11.edi");
        var n4 = interchange.TransactionSets.Single().Segments.Single(segment => segment.Is("N4") && segment[1] == "ATLANTA");

        Assert.That(interchange.Delimiters.Repetition, Is.EqualTo('-'));
        Assert.That(n4.Repetitions(3), Is.EqualTo(new[] { "31139", "0020" }));
        Assert.That(Find(interchange.TransactionSets.Single(), "BSN")[5], Is.EqualTo("0002"));
    }

    [Test]
    public void Sample05_NewlineTerminator_Yields13HierarchicalLevels()
    {
        var set = ReadSingle("05_856_4010_crossdock_newline_term.edi").TransactionSets.Single();

        Assert.That(set.Segments.Count(segment => segment.Is("HL")), Is.EqualTo(13));
        Assert.That(Find(set, "CTT")[1], Is.EqualTo("13"));
        Assert.That(Find(set, "MAN")[2], Is.EqualTo("00000715670002152360"));
    }

    [Test]
    public void Sample06_TwoGroupsWithDifferentVersions()
    {
        var interchange = ReadSingle("06_810x2_850_two_groups.edi");

        Assert.That(interchange.Groups.Select(group => group.Version), Is.EqualTo(new[] { "004010", "003010" }));
        Assert.That(interchange.Groups[1].Date, Is.EqualTo("020906"));
        Assert.That(Find(interchange.TransactionSets.First(), "TDS")[1], Is.EqualTo("255438"));
        Assert.That(Find(interchange.TransactionSets.First(), "ITD")[12], Is.EqualTo("1/15 NET 30"));
    }

    [Test]
    public void Sample07_SpaceIsa11AndPaddedGs03()
    {
        var interchange = ReadSingle("07_846_4010_tilde_elem_brace_term.txt");

        Assert.That(interchange.StandardsIdentifierOrRepetition, Is.EqualTo(" "));
        Assert.That(interchange.Delimiters.Repetition, Is.Null);
        Assert.That(interchange.Delimiters.Component, Is.EqualTo('>'));
        Assert.That(interchange.Groups.Single().Header[3], Is.EqualTo(" SANMINACORP "));
        Assert.That(interchange.Groups.Single().ApplicationReceiver, Is.EqualTo("SANMINACORP"));
        Assert.That(interchange.TransactionSets.Single().Segments.Count(segment => segment.Is("QTY")), Is.EqualTo(4));
    }

    [Test]
    public void Sample08_WrongIsa12_VersionComesFromGs08()
    {
        var interchange = ReadSingle("08_832_4010_caret_elem.txt");

        Assert.That(interchange.Version, Is.EqualTo("00040"));
        Assert.That(interchange.TransactionSets.Single().Version, Is.EqualTo("004010"));
        Assert.That(interchange.SenderQualifier, Is.EqualTo("16"));
        Assert.That(interchange.AcknowledgmentRequested, Is.True);
        Assert.That(Find(interchange.TransactionSets.Single(), "CTP")[3], Is.EqualTo("66.50"));
    }

    [Test]
    public void Sample09_PipeTerminatorAndTildeComponentSeparator()
    {
        var interchange = ReadSingle("09_850_4010_pipe_term.txt");

        Assert.That(interchange.Delimiters.Component, Is.EqualTo('~'));
        Assert.That(Find(interchange.TransactionSets.Single(), "BEG")[1], Is.EqualTo("05"));
        Assert.That(interchange.TransactionSets.Single().Segments.Count(segment => segment.Is("MSG")), Is.EqualTo(8));
    }

    [Test]
    public void Sample10_NonPrintableDelimiters_KeepStoreQuantities()
    {
        var interchange = ReadSingle("10_850x4_4010VICS_DEL_elem_NAK_term_SDQ.x12");

        Assert.That(interchange.Delimiters.Element, Is.EqualTo('\x7f'));
        Assert.That(interchange.Delimiters.Segment, Is.EqualTo('\x15'));
        Assert.That(interchange.Groups.Single().Trailer![1], Is.EqualTo("4"));
        var firstSdq = interchange.TransactionSets.First().Segments.First(segment => segment.Is("SDQ"));
        Assert.That(firstSdq.Elements.Take(4), Is.EqualTo(new[] { "EA", "92", "B1117", "1" }));
        Assert.That(Find(interchange.TransactionSets.First(), "CUR")[2], Is.EqualTo("CAD"));
    }

    [Test]
    public void Sample11_Mailbag_ReReadsDelimitersFromEveryIsa()
    {
        var result = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf("11_mailbag_8_interchanges_mixed_delims.x12")));

        Assert.That(result.Interchanges, Has.Count.EqualTo(8));
        Assert.That(result.Interchanges.Sum(interchange => interchange.TransactionSets.Count()), Is.EqualTo(14));
        Assert.That(result.Interchanges.Select(interchange => interchange.Delimiters.Component).Distinct(),
            Is.SupersetOf(new[] { '>', ':' }));
        Assert.That(result.Interchanges.Select(interchange => interchange.Version).Distinct(),
            Is.SupersetOf(new[] { "00401", "00400" }));
    }

    [Test]
    public void Sample12_IsaRepetitionCaretIn00403_AckRequested()
    {
        var interchange = ReadSingle("12_997_4010_ack_of_850.x12");

        Assert.That(interchange.Delimiters.Repetition, Is.EqualTo('^'));
        Assert.That(interchange.AcknowledgmentRequested, Is.True);
        Assert.That(interchange.TransactionSets.Single().Version, Is.EqualTo("004010"));
    }

    [Test]
    public void Sample14_WrappedAt80Columns_LineBreaksInsideValuesAreRemoved()
    {
        var set = ReadSingle("14_210_4010_wrapped_80_columns.edi").TransactionSets.Single();

        Assert.That(set.ControlNumber, Is.EqualTo("1305"));
        Assert.That(set.Segments.Where(segment => segment.Is("N9")).Select(segment => segment[2]),
            Is.EqualTo(new[] { "721295", "721295", "109483" }));
        Assert.That(set.Segments.Single(segment => segment.Is("N4") && segment[1] == "WILKESBORO")[3], Is.EqualTo("286977576"));
        Assert.That(set.Segments.Single(segment => segment.Is("L5") && segment[1] == "3")[2], Is.EqualTo("FSC FUEL SURCHARGE 10.50%"));
        Assert.That(set.Segments.Single(segment => segment.Is("L1") && segment[1] == "2")[4], Is.EqualTo("-44949"));
        Assert.That(set.Trailer![1], Is.EqualTo("31"));
    }

    private static Interchange ReadSingle(string fileName)
    {
        var result = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf(fileName)));
        Assert.That(result.Errors, Is.Empty, string.Join(Environment.NewLine, result.Errors));
        return result.Interchanges.Single();
    }

    private static Segment Find(TransactionSet set, string id) => set.Segments.First(segment => segment.Is(id));

    private static List<string> Flatten(X12Reader reader)
    {
        using (reader)
        {
            var segments = new List<string>();
            while (reader.Read())
            {
                segments.Add($"{reader.Location.SegmentOrdinal}|{reader.Current.ToSegment(reader.Delimiters!, default)}");
            }

            return segments;
        }
    }
}
