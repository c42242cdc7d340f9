using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.Edi;

namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>One entry of the EDI message log (the content is fetched separately).</summary>
/// <param name="Id">Message id.</param>
/// <param name="Direction"><c>inbound</c> or <c>outbound</c>.</param>
/// <param name="PartnerId">The trading partner, when known.</param>
/// <param name="Transport"><c>http</c>, <c>drop-folder</c> or <c>sftp</c>.</param>
/// <param name="FileName">The file name.</param>
/// <param name="DocumentTypes">Transaction sets in it, e.g. <c>850</c>, <c>997</c>, <c>TA1</c>.</param>
/// <param name="InterchangeControlNumbers">ISA13 of each interchange.</param>
/// <param name="Status">accepted, acceptedWithErrors, rejected, duplicate (inbound); waiting, delivered, failed (outbound).</param>
/// <param name="Summary">What was found.</param>
/// <param name="SizeBytes">Size.</param>
/// <param name="InReplyToId">The inbound message an acknowledgement answers.</param>
/// <param name="Attempts">Delivery attempts (outbound).</param>
/// <param name="LastError">Last delivery failure (outbound).</param>
/// <param name="Destination">Where it was delivered (outbound).</param>
/// <param name="CorrelationId">The business transaction.</param>
/// <param name="CreatedAt">Received or queued (UTC).</param>
/// <param name="DeliveredAt">Delivered (UTC).</param>
public sealed record EdiMessageDto(
    Guid Id, string Direction, string? PartnerId, string Transport, string? FileName,
    [property: MaxLength(EdiMessage.MaxDocumentTypesListed)] IReadOnlyList<string> DocumentTypes,
    [property: MaxLength(EdiMessage.MaxInterchangesListed)] IReadOnlyList<string> InterchangeControlNumbers, string Status, string? Summary, long SizeBytes, Guid? InReplyToId, int Attempts,
    string? LastError, string? Destination, string? CorrelationId, DateTime CreatedAt, DateTime? DeliveredAt)
{
    internal static EdiMessageDto From(EdiMessage m) => new(
        m.Id, m.Direction == EdiDirection.Inbound ? "inbound" : "outbound", m.PartnerId, m.Transport, m.FileName, Split(m.DocumentTypes),
        Split(m.InterchangeControlNumbers), Name(m.Status), m.Summary, m.SizeBytes, m.InReplyToId, m.Attempts, m.LastError,
        m.Destination, m.CorrelationId, m.CreatedAtUtc, m.DeliveredAtUtc);

    internal static string Name(EdiMessageStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];

    private static List<string> Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
}
