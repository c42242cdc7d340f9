using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Writing;

namespace Distribution.Edi.Tests.Acknowledgements;

/// <summary>Writes 997s and TA1s into complete interchanges, as the host will.</summary>
internal static class AcknowledgementDocuments
{
    public static string Write997(FunctionalAcknowledgementResult result, X12Delimiters? delimiters = null)
    {
        var output = new StringWriter();
        var writer = new X12Writer(output, delimiters ?? X12Delimiters.Default, "\n");
        var is5010 = FunctionalAcknowledgementBuilder.IsVersion5010OrLater(result.Version);
        writer.BeginInterchange(Header(is5010 ? "00501" : "00401"));
        writer.BeginGroup(new GroupHeader
        {
            FunctionalIdentifier = "FA",
            ApplicationSender = "RECEIVER",
            ApplicationReceiver = "SENDER",
            Date = "20240102",
            Time = "0800",
            ControlNumber = "900",
            Version = result.Version,
        });
        writer.WriteTransactionSet(result.Acknowledgement!);
        writer.EndGroup();
        writer.EndInterchange();
        return output.ToString();
    }

    public static string WriteTa1(InterchangeAcknowledgementResult result)
    {
        var output = new StringWriter();
        var writer = new X12Writer(output, X12Delimiters.Default, "\n");
        writer.BeginInterchange(Header("00501"));
        writer.WriteSegment(result.Segment);
        writer.EndInterchange();
        return output.ToString();
    }

    private static InterchangeHeader Header(string version) => new()
    {
        SenderQualifier = "ZZ",
        SenderId = "RECEIVER",
        ReceiverQualifier = "ZZ",
        ReceiverId = "SENDER",
        ControlNumber = "900",
        Date = "240102",
        Time = "0800",
        Version = version,
    };
}
