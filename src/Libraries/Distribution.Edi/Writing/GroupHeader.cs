namespace Distribution.Edi.Writing;

/// <summary>The GS values to write.</summary>
public sealed record GroupHeader
{
    /// <summary>GS01 functional identifier (PO, IN, SH, FA, ...).</summary>
    public required string FunctionalIdentifier { get; init; }

    /// <summary>GS02 application sender code.</summary>
    public required string ApplicationSender { get; init; }

    /// <summary>GS03 application receiver code.</summary>
    public required string ApplicationReceiver { get; init; }

    /// <summary>GS04 date, CCYYMMDD.</summary>
    public required string Date { get; init; }

    /// <summary>GS05 time, HHMM[SS].</summary>
    public required string Time { get; init; }

    /// <summary>GS06 group control number, 1–9 digits.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>GS08 version/release/industry code, e.g. 004010 or 005010.</summary>
    public required string Version { get; init; }

    /// <summary>GS07 responsible agency code.</summary>
    public string ResponsibleAgency { get; init; } = "X";

    /// <summary>The header of a read group, to write it again.</summary>
    public static GroupHeader From(FunctionalGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new GroupHeader
        {
            FunctionalIdentifier = group.FunctionalIdentifier,
            ApplicationSender = group.Header[2],
            ApplicationReceiver = group.Header[3],
            Date = group.Date,
            Time = group.Time,
            ControlNumber = group.ControlNumber,
            ResponsibleAgency = group.ResponsibleAgency,
            Version = group.Version,
        };
    }
}
