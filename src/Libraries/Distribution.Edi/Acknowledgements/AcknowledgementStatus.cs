namespace Distribution.Edi.Acknowledgements;

/// <summary>The status codes of AK501, AK901 and TA104 (each uses a subset).</summary>
public enum AcknowledgementStatus
{
    /// <summary>A code this library does not know.</summary>
    Unknown,

    /// <summary>A: accepted.</summary>
    Accepted,

    /// <summary>E: accepted, but errors were noted.</summary>
    AcceptedWithErrors,

    /// <summary>P: some transaction sets of the group accepted (AK901 only).</summary>
    PartiallyAccepted,

    /// <summary>R: rejected.</summary>
    Rejected,

    /// <summary>M: rejected, message authentication code failed.</summary>
    RejectedAuthentication,

    /// <summary>W: rejected, assurance failed validity tests.</summary>
    RejectedAssurance,

    /// <summary>X: rejected, content could not be analysed after decryption.</summary>
    RejectedContent,
}
