namespace Distribution.Edi.Acknowledgements;

/// <summary>Converts <see cref="AcknowledgementStatus"/> to and from its one-letter X12 code.</summary>
public static class AcknowledgementStatusCodes
{
    /// <summary>The X12 code of <paramref name="status"/> ("A", "E", "P", "R", "M", "W", "X").</summary>
    public static string ToCode(AcknowledgementStatus status) => status switch
    {
        AcknowledgementStatus.Accepted => "A",
        AcknowledgementStatus.AcceptedWithErrors => "E",
        AcknowledgementStatus.PartiallyAccepted => "P",
        AcknowledgementStatus.Rejected => "R",
        AcknowledgementStatus.RejectedAuthentication => "M",
        AcknowledgementStatus.RejectedAssurance => "W",
        AcknowledgementStatus.RejectedContent => "X",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown has no X12 code."),
    };

    /// <summary>The status an X12 code stands for; <see cref="AcknowledgementStatus.Unknown"/> otherwise.</summary>
    public static AcknowledgementStatus Parse(string code) => code switch
    {
        "A" => AcknowledgementStatus.Accepted,
        "E" => AcknowledgementStatus.AcceptedWithErrors,
        "P" => AcknowledgementStatus.PartiallyAccepted,
        "R" => AcknowledgementStatus.Rejected,
        "M" => AcknowledgementStatus.RejectedAuthentication,
        "W" => AcknowledgementStatus.RejectedAssurance,
        "X" => AcknowledgementStatus.RejectedContent,
        _ => AcknowledgementStatus.Unknown,
    };

    /// <summary>Whether the status means the data was taken (A or E).</summary>
    public static bool IsAccepted(AcknowledgementStatus status) =>
        status is AcknowledgementStatus.Accepted or AcknowledgementStatus.AcceptedWithErrors;
}
