using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.Edi;

/// <summary>
/// One EDI file or upload as it went in or out: the EDI side of the message log, with the raw content, the
/// interchange control numbers, what was found and the correlation id of the business transaction.
/// </summary>
public sealed class EdiMessage : AggregateRoot<Guid>
{
    /// <summary>Longest file name kept.</summary>
    public const int FileNameMaxLength = 255;

    /// <summary>Longest summary kept (problems found, in words).</summary>
    public const int SummaryMaxLength = 4000;

    /// <summary>Longest delivery error kept.</summary>
    public const int ErrorMaxLength = 2000;

    /// <summary>The largest content the log holds (characters); <c>Edi:MaxInboundBytes</c> may not be set above it.</summary>
    public const int ContentMaxLength = 64 * 1024 * 1024;

    /// <summary>Most ISA13s listed for one message (a larger mailbag lists its first ones).</summary>
    public const int MaxInterchangesListed = 200;

    /// <summary>Most distinct transaction set ids listed for one message.</summary>
    public const int MaxDocumentTypesListed = 40;

    private EdiMessage()
    {
    }

    /// <summary>In or out.</summary>
    public EdiDirection Direction { get; private set; }

    /// <summary>The trading partner (customer account or supplier code); null when the sender is unknown.</summary>
    public string? PartnerId { get; private set; }

    /// <summary><c>http</c>, <c>drop-folder</c> or <c>sftp</c>.</summary>
    public string Transport { get; private set; } = string.Empty;

    /// <summary>The file name as received or as written.</summary>
    public string? FileName { get; private set; }

    /// <summary>Transaction set ids in it (e.g. <c>850</c>, <c>997</c>, <c>TA1</c>), comma separated.</summary>
    public string DocumentTypes { get; private set; } = string.Empty;

    /// <summary>ISA13 of each interchange, comma separated.</summary>
    public string InterchangeControlNumbers { get; private set; } = string.Empty;

    /// <summary>Where it is in its life.</summary>
    public EdiMessageStatus Status { get; private set; }

    /// <summary>What was found (problems with their locations), or why it failed.</summary>
    public string? Summary { get; private set; }

    /// <summary>The X12 text.</summary>
    public string Content { get; private set; } = string.Empty;

    /// <summary>Size in bytes as received or written.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>The inbound message an acknowledgement answers.</summary>
    public Guid? InReplyToId { get; private set; }

    /// <summary>Delivery attempts made (outbound).</summary>
    public int Attempts { get; private set; }

    /// <summary>The last delivery failure (outbound).</summary>
    public string? LastError { get; private set; }

    /// <summary>Where it was delivered (outbound): a path, a remote path or <c>collected over http</c>.</summary>
    public string? Destination { get; private set; }

    /// <summary>Correlation id of the business transaction.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>When it was received or queued (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it was delivered (outbound, UTC).</summary>
    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>Records a received file, already judged (<paramref name="id"/> is chosen first so that what the file
    /// caused can refer to it).</summary>
    public static EdiMessage Received(
        Guid id, string? partnerId, string transport, string? fileName, string content, long sizeBytes, EdiMessageStatus status,
        IEnumerable<string> documentTypes, IEnumerable<string> interchangeControlNumbers, string? summary, string? correlationId,
        DateTime nowUtc)
    {
        if (status is EdiMessageStatus.Waiting or EdiMessageStatus.Delivered or EdiMessageStatus.Failed)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An inbound message is accepted, rejected or a duplicate.");
        }

        return new EdiMessage
        {
            Id = id,
            Direction = EdiDirection.Inbound,
            PartnerId = partnerId,
            Transport = transport,
            FileName = Clip(fileName, FileNameMaxLength),
            Content = Bounded(content),
            SizeBytes = sizeBytes,
            Status = status,
            DocumentTypes = Listed(documentTypes.Distinct(), MaxDocumentTypesListed),
            InterchangeControlNumbers = Listed(interchangeControlNumbers, MaxInterchangesListed),
            Summary = Clip(summary, SummaryMaxLength),
            CorrelationId = correlationId,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>Queues a document for a partner; its transport delivers it, or the partner collects it.</summary>
    public static EdiMessage Queued(
        string partnerId, string transport, string fileName, string content, IEnumerable<string> documentTypes,
        string interchangeControlNumber, Guid? inReplyToId, string? correlationId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Direction = EdiDirection.Outbound,
        PartnerId = partnerId,
        Transport = transport,
        FileName = Clip(fileName, FileNameMaxLength),
        Content = Bounded(content),
        SizeBytes = System.Text.Encoding.UTF8.GetByteCount(content),
        Status = EdiMessageStatus.Waiting,
        DocumentTypes = Listed(documentTypes.Distinct(), MaxDocumentTypesListed),
        InterchangeControlNumbers = Clip(interchangeControlNumber, 9)!,
        InReplyToId = inReplyToId,
        CorrelationId = correlationId,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>The partner has it. Repeating it changes nothing (a transport may confirm twice after a crash).</summary>
    public void MarkDelivered(string destination, DateTime nowUtc)
    {
        RequireOutbound();
        if (Status == EdiMessageStatus.Delivered)
        {
            return;
        }

        Attempts++;
        Status = EdiMessageStatus.Delivered;
        Destination = Clip(destination, FileNameMaxLength * 2);
        DeliveredAtUtc = nowUtc;
        LastError = null;
    }

    /// <summary>A delivery attempt failed; after <paramref name="maxAttempts"/> the message is Failed.</summary>
    /// <returns>True when this failure spent the last attempt.</returns>
    public bool RecordDeliveryFailure(string error, int maxAttempts)
    {
        RequireOutbound();
        if (Status != EdiMessageStatus.Waiting)
        {
            return false;
        }

        Attempts++;
        LastError = Clip(error, ErrorMaxLength);
        if (Attempts < maxAttempts)
        {
            return false;
        }

        Status = EdiMessageStatus.Failed;
        return true;
    }

    /// <summary>Puts a failed message back in line with a fresh attempt budget.</summary>
    public bool Retry()
    {
        if (Direction != EdiDirection.Outbound || Status != EdiMessageStatus.Failed)
        {
            return false;
        }

        Status = EdiMessageStatus.Waiting;
        Attempts = 0;
        return true;
    }

    private void RequireOutbound()
    {
        if (Direction != EdiDirection.Outbound)
        {
            throw new InvalidOperationException("Only outbound messages are delivered.");
        }
    }

    private static string Listed(IEnumerable<string> values, int maxCount) =>
        string.Join(',', values.Take(maxCount).Select(v => v.Length <= 12 ? v : v[..12]));

    private static string Bounded(string content) => content.Length <= ContentMaxLength
        ? content
        : throw new ArgumentOutOfRangeException(nameof(content), content.Length, $"EDI content is limited to {ContentMaxLength} characters.");

    private static string? Clip(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
