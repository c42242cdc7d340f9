namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>The hub's own X12 identity and the limits of its EDI transports (configuration section <c>Edi</c>).</summary>
public sealed class EdiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Edi";

    /// <summary>Our ISA05/07 qualifier.</summary>
    public string InterchangeQualifier { get; set; } = "ZZ";

    /// <summary>Our ISA06/08 id (up to 15 characters).</summary>
    public string InterchangeId { get; set; } = "DISTHUB";

    /// <summary>Our GS02/03 application id.</summary>
    public string ApplicationId { get; set; } = "DISTHUB";

    /// <summary>Where partners' drop folders live when their profile gives a relative path or none (relative to the content root).</summary>
    public string DropFolderRoot { get; set; } = "data/edi";

    /// <summary>The largest file or upload accepted (bytes); larger ones are refused, not read.</summary>
    public long MaxInboundBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// A drop-folder or SFTP file is taken only once it has not changed for this long, so a partner still writing it
    /// is never read half-way (files named <c>*.tmp</c>, <c>*.part</c> or starting with a dot are never taken).
    /// </summary>
    public TimeSpan FileQuietPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts to deliver an outbound document before it is reported in the exceptions queue.</summary>
    public int MaxDeliveryAttempts { get; set; } = 10;
}
