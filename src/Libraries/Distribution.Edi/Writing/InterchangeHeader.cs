namespace Distribution.Edi.Writing;

/// <summary>The ISA values to write; <see cref="X12Writer"/> pads them to their fixed widths.</summary>
public sealed record InterchangeHeader
{
    /// <summary>ISA05 sender id qualifier (01 DUNS, 12 phone, ZZ mutually defined, ...).</summary>
    public required string SenderQualifier { get; init; }

    /// <summary>ISA06 sender id (up to 15 characters).</summary>
    public required string SenderId { get; init; }

    /// <summary>ISA07 receiver id qualifier.</summary>
    public required string ReceiverQualifier { get; init; }

    /// <summary>ISA08 receiver id (up to 15 characters).</summary>
    public required string ReceiverId { get; init; }

    /// <summary>ISA13 control number (1–9 digits; written zero-padded to 9).</summary>
    public required string ControlNumber { get; init; }

    /// <summary>ISA09 date, YYMMDD.</summary>
    public required string Date { get; init; }

    /// <summary>ISA10 time, HHMM.</summary>
    public required string Time { get; init; }

    /// <summary>ISA12 version, e.g. 00401 or 00501.</summary>
    public string Version { get; init; } = "00401";

    /// <summary>ISA14: ask the receiver for a TA1.</summary>
    public bool AcknowledgmentRequested { get; init; }

    /// <summary>ISA15: P production, T test.</summary>
    public string UsageIndicator { get; init; } = "P";

    /// <summary>ISA01 authorization information qualifier.</summary>
    public string AuthorizationQualifier { get; init; } = "00";

    /// <summary>ISA02 authorization information (up to 10 characters).</summary>
    public string AuthorizationInformation { get; init; } = "";

    /// <summary>ISA03 security information qualifier.</summary>
    public string SecurityQualifier { get; init; } = "00";

    /// <summary>ISA04 security information (up to 10 characters).</summary>
    public string SecurityInformation { get; init; } = "";

    /// <summary>ISA11 when the delimiters have no repetition separator: the standards identifier, normally U.</summary>
    public string StandardsIdentifier { get; init; } = "U";

    /// <summary>A header with ISA09/ISA10 taken from <paramref name="timestamp"/>.</summary>
    public static InterchangeHeader Create(
        string senderQualifier, string senderId, string receiverQualifier, string receiverId, long controlNumber,
        DateTime timestamp, string version = "00401") => new()
    {
        SenderQualifier = senderQualifier,
        SenderId = senderId,
        ReceiverQualifier = receiverQualifier,
        ReceiverId = receiverId,
        ControlNumber = controlNumber.ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
        Date = timestamp.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        Time = timestamp.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture),
        Version = version,
    };

    /// <summary>The header of a read interchange, to write it again.</summary>
    public static InterchangeHeader From(Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return new InterchangeHeader
        {
            AuthorizationQualifier = interchange.AuthorizationQualifier,
            AuthorizationInformation = interchange.AuthorizationInformation.TrimEnd(),
            SecurityQualifier = interchange.SecurityQualifier,
            SecurityInformation = interchange.SecurityInformation.TrimEnd(),
            SenderQualifier = interchange.SenderQualifier,
            SenderId = interchange.SenderId,
            ReceiverQualifier = interchange.ReceiverQualifier,
            ReceiverId = interchange.ReceiverId,
            Date = interchange.Date,
            Time = interchange.Time,
            StandardsIdentifier = interchange.Delimiters.Repetition is null ? interchange.StandardsIdentifierOrRepetition : "U",
            Version = interchange.Version,
            ControlNumber = interchange.ControlNumber,
            AcknowledgmentRequested = interchange.AcknowledgmentRequested,
            UsageIndicator = interchange.UsageIndicator,
        };
    }
}
